import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFFont } from 'pdf-lib';

/** What a certificate says. */
export interface CertificateFacts {
  association: string;
  /** The person, as they gave their name. */
  name: string;
  /** The credential: `IMH-E®` or `ECMH-E®`. */
  credential: string;
  category: string;
  code: string;
  /** The day of the decision, `YYYY-MM-DD`. */
  date: string;
  number: string;
  /** The applicant's language: the certificate's words. */
  locale: string;
}

const WORDS = {
  en: {
    locale: 'en-US',
    title: 'Certificate of Endorsement',
    certifies: 'This certifies that',
    holds: 'has earned',
    category: 'in the category',
    on: 'Endorsed on',
    number: 'Certificate number',
  },
  es: {
    locale: 'es',
    title: 'Certificado de Respaldo',
    certifies: 'Se certifica que',
    holds: 'ha obtenido el',
    category: 'en la categoría',
    on: 'Respaldo otorgado el',
    number: 'Número de certificado',
  },
} as const;

// The standard fonts encode WinAnsi only (Latin-1 and a few more). A name beyond it (Nguyễn,
// Łukasz, Σοφία, Олена) is printed with DejaVu Sans, embedded as a subset of the glyphs used, so
// the usual certificate stays a few kilobytes. A letter DejaVu lacks too (CJK) loses its accent,
// else becomes "?", rather than failing the decision.
const fonts = createRequire(import.meta.url);
const dejaVu = (file: string) => readFile(fonts.resolve(`dejavu-fonts-ttf/ttf/${file}`));

/** Whether a font prints a piece of text: WinAnsi for a standard font, a glyph per letter for an embedded one. */
type Prints = (text: string) => boolean;

const winAnsi =
  (font: PDFFont): Prints =>
  (text) => {
    try {
      font.encodeText(text);
      return true;
    } catch {
      return false;
    }
  };

function printable(prints: Prints, text: string): string {
  return [...text]
    .map((char) => [char, char.normalize('NFD').replace(/\p{M}/gu, '')].find((candidate) => candidate && prints(candidate)) ?? '?')
    .join('');
}

function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * The certificate PDF of an `endorsed` decision (one A4 landscape page): the association, the
 * person, the credential and category, the date and the certificate's number.
 * @example const pdf = await certificatePdf({ association: 'First 5 Alabama', name: 'Ana Pérez', credential: 'IMH-E®', category: 'Infant Family Specialist', code: 'IFS', date: '2027-02-15', number: 'F5A-7K3M-Q9PD', locale: 'es' });
 */
export async function certificatePdf(facts: CertificateFacts): Promise<Uint8Array> {
  const words = facts.locale.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en;
  // Loaded with the first certificate, not with the server: pdf-lib and fontkit hold tens of MB
  // that a small server's first start (issue 22, under 512 MB) should not carry for nothing.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${words.title}: ${facts.name}`);
  pdf.setAuthor(facts.association);
  pdf.setCreationDate(new Date(`${facts.date}T12:00:00Z`));
  pdf.setModificationDate(new Date(`${facts.date}T12:00:00Z`));
  const page = pdf.addPage([842, 595]);
  // Asked of a font in a scratch document, so the certificate holds only the fonts it uses.
  let prints = winAnsi(await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica));
  const texts = [facts.association, facts.name, facts.credential, facts.category, facts.code, facts.number];
  let regular: PDFFont;
  let bold: PDFFont;
  if (texts.every(prints)) {
    regular = await pdf.embedFont(StandardFonts.Helvetica);
    bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  } else {
    const [regularBytes, boldBytes] = await Promise.all([dejaVu('DejaVuSans.ttf'), dejaVu('DejaVuSans-Bold.ttf')]);
    // Regular and bold cover the same letters.
    const { default: fontkit } = await import('@pdf-lib/fontkit');
    const face = fontkit.create(regularBytes);
    prints = (text) => [...text].every((char) => face.hasGlyphForCodePoint(char.codePointAt(0)!));
    pdf.registerFontkit(fontkit);
    regular = await pdf.embedFont(regularBytes, { subset: true });
    bold = await pdf.embedFont(boldBytes, { subset: true });
  }
  const line = (text: string, y: number, size: number, font = regular) => {
    const shown = printable(prints, text);
    const width = font.widthOfTextAtSize(shown, size);
    page.drawText(shown, { x: Math.max(40, (842 - width) / 2), y, size, font, color: rgb(0.1, 0.1, 0.2), maxWidth: 762 });
  };
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderColor: rgb(0.2, 0.3, 0.5), borderWidth: 3 });
  line(facts.association, 500, 20, bold);
  line(words.title, 440, 34, bold);
  line(words.certifies, 380, 16);
  line(facts.name, 335, 30, bold);
  line(`${words.holds} ${facts.credential}`, 285, 18);
  line(`${words.category} ${facts.category} (${facts.code})`, 255, 18);
  line(`${words.on} ${formatDay(facts.date, words.locale)}`, 170, 14);
  line(`${words.number}: ${facts.number}`, 145, 12);
  return pdf.save();
}
