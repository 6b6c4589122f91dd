import { ReportQueue, useReportOutbox } from '@youthchat/react';

/** Set by scripts/start.mjs; absent when the page is served some other way. */
const moderatorToken = typeof __YOUTHCHAT_DEMO_MODERATOR_TOKEN__ === 'string' ? __YOUTHCHAT_DEMO_MODERATOR_TOKEN__ : '';

/** Step 5: the moderators' side. In a real app this is a separate, signed-in page no child can reach. */
export function ModeratorSection({ locale }: { locale: string }) {
  const { entries } = useReportOutbox('ModeratorSection');
  // A new report reloads the queue, so the one just sent is in the list.
  const sent = entries.filter((entry) => entry.state === 'sent').length;

  return (
    <section className="demo-section demo-section--moderator" aria-labelledby="demo-moderator">
      <h2 id="demo-moderator">
        <span className="demo-step">5</span> Moderator queue <span className="demo-badge">demo only</span>
      </h2>
      <p className="demo-note">
        Moderators list reports, open one and record a decision with its statement of reasons (DSA Art. 17), which the
        reporter can read with the reference number. The demo hands this page the moderator token so you can see both
        sides; never put it on a page children can reach.
      </p>
      {moderatorToken ? (
        <ReportQueue key={sent} token={moderatorToken} locale={locale} headingLevel={3} />
      ) : (
        <p className="demo-waiting">Start the demo with pnpm start to see the queue: it needs the moderator token.</p>
      )}
    </section>
  );
}
