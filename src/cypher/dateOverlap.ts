/**
 * Range filters match overlap: an item is kept when the days it covers meet
 * [dateFrom, dateTo]. It covers `date` to `endDate` (else `date`), and a coarse
 * date covers its whole period: a YEAR date its year, a WEEK date its week.
 *
 * Its last day is on or after `dateFrom` exactly when the period holding its end
 * (by its precision) is not before the period holding `dateFrom`, so comparing
 * both truncated to that unit needs no calendar arithmetic. `date.truncate` takes
 * 'day', 'week' (ISO, from Monday), 'month' and 'year', the precisions lower-cased.
 */
export const endsOnOrAfter = (n: string, param: string): string =>
  `date.truncate(toLower(coalesce(${n}.datePrecision, 'DAY')), coalesce(${n}.endDate, ${n}.date)) >= ` +
  `date.truncate(toLower(coalesce(${n}.datePrecision, 'DAY')), date($${param}))`;

/**
 * The other half of the overlap: the item starts on or before `dateTo`. A plain
 * range on the stored `date`, which the date index can answer.
 */
export const startsOnOrBefore = (n: string, param: string): string => `${n}.date <= date($${param})`;
