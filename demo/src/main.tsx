import '@youthchat/react/styles.css';
import './demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { GuardianPage } from './GuardianPage.tsx';
import { ParentPage, parentPageFor } from './ParentPage.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('demo/index.html has no #root element');
const parentPage = parentPageFor(window.location);
const guardianPage = window.location.pathname.replace(/\/$/, '') === '/guardian';
createRoot(root).render(
  <StrictMode>{parentPage ? <ParentPage kind={parentPage} /> : guardianPage ? <GuardianPage /> : <App />}</StrictMode>,
);
