import { GuardianSettings } from '@youthchat/react';
import { useState } from 'react';

const KEY = 'youthchat-demo:guardian-credential';

/**
 * The page a guardian's email links to (`/guardian?guardian=<token>`): the
 * guardian is an adult on their own device, so there is no provider and no
 * age gate. The settings credential is kept in this browser's storage.
 */
export function GuardianPage() {
  const params = new URLSearchParams(window.location.search);
  const confirmToken = params.get('guardian') ?? undefined;
  const [credential, setCredential] = useState(() => localStorage.getItem(KEY) ?? undefined);
  const locale = params.get('lang') ?? navigator.language.split('-')[0] ?? 'en';
  return (
    <div className="yc-theme" data-yc-theme="">
      <main className="demo-guardian-page">
        <GuardianSettings
          // A fresh link wins over a credential kept from an earlier one.
          {...(confirmToken ? { confirmToken } : credential ? { credential } : {})}
          locale={locale}
          headingLevel={1}
          onCredentialChange={(next) => {
            if (next) localStorage.setItem(KEY, next);
            else localStorage.removeItem(KEY);
            setCredential(next ?? undefined);
            if (next) window.history.replaceState(null, '', window.location.pathname);
          }}
        />
      </main>
    </div>
  );
}
