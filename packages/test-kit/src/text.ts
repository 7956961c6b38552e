/**
 * A text as a person reads it: runs of white space (line breaks and indentation of templates) as
 * one space, no space at either end.
 * @example norm('  Check   your\n answers ') // 'Check your answers'
 */
export const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
