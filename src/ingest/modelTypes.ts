import type { ATTRIBUTIONS, FIGURE_GROUPS, FIGURE_MEASURES, FIGURE_QUALIFIERS } from '../model.js';

export type Attribution = (typeof ATTRIBUTIONS)[number];
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
export type FigureGroup = (typeof FIGURE_GROUPS)[number];
