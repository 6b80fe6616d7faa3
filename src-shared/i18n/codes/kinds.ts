/**
 * The shape of a group of message codes: code → parameter name → kind. Pure types.
 */
export type ParamKind = 'text' | 'number' | 'date' | 'datetime';
export type MessageSpecGroup = Readonly<Record<string, Readonly<Record<string, ParamKind>>>>;
