import type { ReactNode } from 'react';
import '@youthchat/react/styles.css';

export const metadata = { title: 'Study Helper' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
