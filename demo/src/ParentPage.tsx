import { ParentConsent, ParentDataRights, type ParentVerifier, YouthSafetyProvider } from '@youthchat/react';

/**
 * Demo only: the pretend vendor's "check" (scripts/demo-vendor.mjs). A real app opens the vendor's own flow
 * (k-ID, Yoti, a card check) here and passes on the signed result it returns.
 */
const demoVendor: ParentVerifier = async ({ nonce, signal }) => {
  const response = await fetch('/demo-vendor/verify', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nonce }),
    signal,
  });
  if (!response.ok) throw new Error('The check failed.');
  return (await response.json()) as { jwt: string };
};

const verifiers =
  typeof __YOUTHCHAT_DEMO_VENDOR__ === 'boolean' && __YOUTHCHAT_DEMO_VENDOR__ ? { vendor: demoVendor } : {};

/**
 * The pages a parent's links open: `/parent/consent/<token>` (or `?consent=`) and `/parent/manage/<token>`.
 * In a real app these are pages of their own, reachable without the child's age cookie.
 */
export function ParentPage({ kind }: { kind: 'consent' | 'manage' }) {
  const locale = navigator.language.split('-')[0] ?? 'en';
  return (
    <YouthSafetyProvider locale={locale} storage={null} className="demo-theme">
      <div className="demo-page">
        <main className="demo-main demo-parent">
          {kind === 'consent' ? (
            <ParentConsent
              verifiers={verifiers}
              manageHref={(manage) => `/parent/manage/${encodeURIComponent(manage.token)}`}
            />
          ) : (
            <ParentDataRights />
          )}
        </main>
      </div>
    </YouthSafetyProvider>
  );
}

/** Which parent page the address asks for, if any. */
export function parentPageFor(location: Location): 'consent' | 'manage' | null {
  if (location.pathname.startsWith('/parent/consent') || new URLSearchParams(location.search).has('consent')) {
    return 'consent';
  }
  if (location.pathname.startsWith('/parent/manage')) return 'manage';
  return null;
}
