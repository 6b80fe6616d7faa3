/**
 * The learner's language for everything src-main and src-shared say: messages as data
 * (`spec.ts`), one catalogue per language (`en/`, `ja/`), and the one way to render them
 * (`render.ts`) with `Intl` formatting (`format.ts`).
 */
export * from './lang';
export * from './format';
export * from './spec';
export * from './render';
export type { Catalogue, GroupCatalogue, Wording } from './catalogue';
