import '@youthchat/react/styles.css';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { GuardianPage } from './GuardianPage.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('demo/index.html has no #root element');
createRoot(root).render(
  <StrictMode>{window.location.pathname.replace(/\/$/, '') === '/guardian' ? <GuardianPage /> : <App />}</StrictMode>,
);
