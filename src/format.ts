/** Text formatting shared by the layers that print figures (cli, report, loader, harness). */

/**
 * An integer with thousands separators ("1,234,567"), as toLocaleString('en-US') writes it, but
 * without loading ICU's locale data (about 40 ms at the first call).
 */
export function count(n: number): string {
  const neg = n < 0;
  let s = String(Math.trunc(Math.abs(n)));
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  return neg ? `-${s}` : s;
}
