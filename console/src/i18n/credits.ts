/** The console's credits texts, merged into the tables of ../i18n.ts; zh must name every key of en. */
export const en = {};

export const zh: Record<keyof typeof en, string> = {};
