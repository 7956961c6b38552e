// Where the amend page keeps its link for this tab: the token leaves the address bar at once (no
// copy in the history, a shared screen or a bookmark), and a reload still finds it.
const TOKEN = 'endorsement-kit:amend:token';
const SENT = 'endorsement-kit:amend:sent';
const LOCALE = 'endorsement-kit:amend:locale';

const session = (): Storage | undefined => {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
};

/** The link's token: from the fragment (then removed from the address bar), else this tab's last one. */
export function takeToken(): string | undefined {
  let fragment = location.hash.slice(1).trim();
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A mangled link (a stray %): taken as it is; the receiver says it is not valid.
  }
  if (fragment) {
    try {
      session()?.setItem(TOKEN, fragment);
    } catch {
      // No storage: a reload then asks for the link again, nothing else is lost.
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fragment;
  }
  return session()?.getItem(TOKEN) ?? undefined;
}

/** What this tab sent with a token (its receipt), to say so when the used link is opened again. */
export interface SentVersion {
  reference: string;
  version: number;
  receivedAt: string;
}

export function rememberSent(token: string, sent: SentVersion): void {
  try {
    session()?.setItem(SENT, JSON.stringify({ token, sent }));
  } catch {
    // See takeToken.
  }
}

export function sentWith(token: string): SentVersion | undefined {
  try {
    const kept = JSON.parse(session()?.getItem(SENT) ?? 'null') as { token?: string; sent?: SentVersion } | null;
    return kept?.token === token ? kept.sent : undefined;
  } catch {
    return undefined;
  }
}

/** The application's language, kept for the words of a link that no longer opens. */
export function keepLocale(locale: string): void {
  try {
    session()?.setItem(LOCALE, locale);
  } catch {
    // See takeToken.
  }
}

export function keptLocale(): string | undefined {
  return session()?.getItem(LOCALE) ?? undefined;
}
