/**
 * @module wall/tablet/main
 * Boots the tablet remote at `/tablet`: a visitor who is not signed in goes to sign in and comes
 * back (the QR code's `?code=` kept); then the pairing screen, or straight to the remote screen for
 * a wall still paired (or one's own); the remote drives that wall with the person's permissions.
 */
import type { Language, UserPrincipal, WallTarget } from '../../../server/contracts/index.ts';
import { fetchMe } from '../api/rest.ts';
import { fetchDistrictNames, fetchRegistry, fetchRoleLayout, fetchWallTargets, interpret, issueCommands, pair, RemoteApiError, type DistrictName, type Registry } from '../api/remote.ts';
import { drivableWalls, layoutRequestFor, screenChoices } from './buttons.ts';
import { codeFromAddress } from './code.ts';
import { showPairingScreen } from './pairing-screen.ts';
import { startRemote } from './remote.ts';
import { drivenFromPairing, drivenFromTarget, restoreDriven, SESSION_KEY, type Driven } from './session.ts';
import { EMPTY_VIEW, type TabletView } from './view.ts';
import { uiLanguage, WORDS } from './words.ts';

const base = location.origin;

interface Boot {
  me: UserPrincipal;
  registry: Registry | null;
  districts: DistrictName[];
  lang: Language;
  host: HTMLElement;
  /** The tablet's view outlives a change of wall: build it on one, send it to another. */
  view: TabletView;
}

const signIn = (lang: Language): void => {
  location.assign(`/sign-in?lang=${lang}&next=${encodeURIComponent(location.pathname + location.search)}`);
};

/** The address without `code` (a used code would be refused on reload), with the language. */
function settleAddress(lang: Language): void {
  const q = new URLSearchParams(location.search);
  q.delete('code');
  q.set('lang', lang);
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

function problemText(err: unknown, lang: Language, pairing: boolean): string {
  if (err instanceof RemoteApiError) {
    if (err.status === 401) signIn(lang);
    if (pairing && (err.status === 404 || err.status === 409)) return WORDS.pairProblems[err.status][lang];
    return err.detail;
  }
  return err instanceof Error ? err.message : String(err);
}

function setLanguage(b: Boot, lang: Language): void {
  b.lang = lang;
  document.documentElement.lang = lang;
  settleAddress(lang);
}

function showPairing(b: Boot, walls: WallTarget[], code: string | null): void {
  showPairingScreen(b.host, {
    lang: b.lang,
    code,
    walls: drivableWalls(walls),
    pair: async (c) => {
      const p = await pair(base, c);
      const listed = await fetchWallTargets(base).catch(() => walls);
      void showRemote(b, drivenFromPairing(p, listed));
    },
    drive: (w) => void showRemote(b, drivenFromTarget(w)),
    problem: (err) => problemText(err, b.lang, true),
    toggleLanguage: () => {
      setLanguage(b, b.lang === 'ko' ? 'en' : 'ko');
      showPairing(b, walls, null);
    },
  });
}

async function showRemote(b: Boot, driven: Driven): Promise<void> {
  localStorage.setItem(SESSION_KEY, JSON.stringify(driven));
  b.host.textContent = WORDS.loading[b.lang];
  const req = layoutRequestFor(driven.wall);
  const layout = req ? await fetchRoleLayout(base, req.role, req.district).catch(() => null) : null;
  const remote = startRemote(
    b.host,
    {
      lang: b.lang,
      role: b.me.role,
      driven,
      registry: b.registry,
      districts: b.districts,
      screens: screenChoices(layout),
      view: b.view,
      comparing: false,
      picked: [],
      picker: { status: 'closed' },
      pending: null,
      busy: false,
      listening: false,
      notice: null,
    },
    {
      api: {
        issue: (wall, commands, o) => issueCommands(base, wall, commands, o),
        walls: () => fetchWallTargets(base),
        interpret: (utterance, lang, district) => interpret(base, { utterance, lang, ...(district ? { selection: { district } } : {}) }),
      },
      problem: (err) => problemText(err, b.lang, false),
      changeWall: () => {
        b.view = remote.state.view;
        localStorage.removeItem(SESSION_KEY);
        void fetchWallTargets(base).then((ws) => showPairing(b, ws, null), () => showPairing(b, [], null));
      },
      setLanguage: (lang) => setLanguage(b, lang),
    },
  );
}

async function main(): Promise<void> {
  const host = document.getElementById('tablet')!;
  const lang = uiLanguage(location.search, navigator.language);
  document.documentElement.lang = lang;
  const me = await fetchMe(base).catch(() => null);
  if (!me) {
    host.textContent = WORDS.signingIn[lang];
    return signIn(lang);
  }
  const code = codeFromAddress(location.search);
  settleAddress(lang);
  const [registry, districts, walls] = await Promise.all([
    fetchRegistry(base).catch(() => null),
    fetchDistrictNames(base).catch((): DistrictName[] => []),
    fetchWallTargets(base).catch(() => null),
  ]);
  const b: Boot = { me, registry, districts, lang, host, view: EMPTY_VIEW };
  const driven = code ? null : restoreDriven(localStorage.getItem(SESSION_KEY), Date.now(), walls);
  if (driven) return showRemote(b, driven);
  showPairing(b, walls ?? [], code);
}

main().catch((err: unknown) => {
  const host = document.getElementById('tablet');
  if (host) host.textContent = `SCPM: ${err instanceof Error ? err.message : String(err)}`;
});
