import { SafeChat, YouthSafetyProvider } from '@youthchat/react';
(globalThis as any).k = [YouthSafetyProvider, SafeChat];
