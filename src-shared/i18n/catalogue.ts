/**
 * What a catalogue is: for every message code, its wording in one language. A wording is a
 * string, where `{name}` stands for a parameter formatted by its kind, or a function of the
 * typed parameters and the language's formatters. The type makes every catalogue complete:
 * a missing code does not compile. Wordings are plain text, never markup.
 */
import type { Formatters } from './format';
import type { MessageSpecGroup } from './codes/kinds';
import type { MessageCode, MessageSpec, ParamsOf } from './spec';

type ValueOf<K> = K extends 'number' ? number : string;
type GroupParams<G extends MessageSpecGroup, C extends keyof G> = { readonly [P in keyof G[C]]: ValueOf<G[C][P]> };

/** The wordings of one group of codes (one file per group and language). */
export type GroupCatalogue<G extends MessageSpecGroup> = {
  readonly [C in keyof G]: string | ((p: GroupParams<G, C>, f: Formatters) => string);
};

export type Wording<C extends MessageCode> = string | ((p: ParamsOf<C>, f: Formatters) => string);

/** A whole language. */
export type Catalogue = { readonly [C in MessageCode]: Wording<C> };

export type { MessageSpec };
