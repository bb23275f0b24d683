/**
 * The one way a number is printed for readers: in prose (<Stat>), in charts (labels, axes,
 * tooltips, descriptions) and in data tables. en-GB thousands separators ("1,066"); decimals as
 * the source gives them, up to three (every figure comes from a data row, so nothing is rounded
 * away).
 */
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

export const formatNumber = (n: number) => numberFormat.format(n);
