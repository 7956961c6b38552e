const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The HTML part of a mail written as plain-text lines: each paragraph escaped (user input is never
 * markup), and the line that is exactly `link` made a link on its own line.
 */
export function htmlOf(lines: readonly string[], link?: string): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(`<p>${current.join('<br>')}</p>`);
    current = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else if (link !== undefined && line === link) {
      flush();
      paragraphs.push(`<p><a href="${escape(link)}">${escape(link)}</a></p>`);
    } else current.push(escape(line));
  }
  flush();
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${paragraphs.join('\n')}</body></html>`;
}
