/**
 * RFC 4180 CSV. A cell that a spreadsheet would run as a formula (it starts with = + - @ or a tab)
 * gets a leading apostrophe: an applicant's answer must not become a formula on staff's computer.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
