/** Topics an alert names, from the escalation's category. */
export type AlertTopic = 'self-harm' | 'exploitation' | 'abuse' | 'friend-in-danger' | 'other';

export function alertTopic(category: string): AlertTopic {
  if (category.startsWith('self-harm') || category === 'eating-disorder') return 'self-harm';
  if (category === 'grooming' || category === 'sextortion' || category === 'sexual/minors') return 'exploitation';
  if (category === 'abuse') return 'abuse';
  if (category === 'friend-in-danger') return 'friend-in-danger';
  return 'other';
}

/** The guardian's mail: the confirmation and the alerts. `{…}` placeholders are filled in. */
export interface GuardianMailMessages {
  confirmSubject: string;
  /** `{link}`, `{hours}`. */
  confirmBody: string;
  alertSubject: string;
  /** `{topic}`, `{severity}`, `{time}`, `{steps}`, `{settings}`. */
  alertBody: string;
  severityHigh: string;
  topics: Record<AlertTopic, { name: string; steps: string }>;
}

const en: GuardianMailMessages = {
  confirmSubject: 'Confirm you are the guardian of a teen using this app',
  confirmBody: `A teen using this app entered your email address to link you as their guardian. They can see that they asked.

If you agree, open this link within {hours} hours and confirm:
{link}

Once linked, you can set quiet hours and a daily time limit, and you get an alert if the app's safety checks see a serious risk (for example self-harm). Alerts say what kind of risk and when, with suggested next steps. They never contain your teen's messages or the conversation.

If you do not know what this is about, ignore this email: nothing is linked and your address is deleted when the link expires.`,
  alertSubject: 'Safety alert: your teen may need support',
  alertBody: `The app's safety checks noticed something serious in a conversation with your teen.

What: {topic}
Severity: {severity}
When: {time}

Suggested next steps:
{steps}

This alert never includes your teen's messages or the conversation. Your teen is told that an alert was sent.
Change alerts, quiet hours or the time limit: {settings}`,
  severityHigh: 'high',
  topics: {
    'self-harm': {
      name: 'signs of self-harm or suicidal thoughts',
      steps: `- Find a calm, private moment to check in. Ask directly and listen without judging.
- Stay with them if you think they are in danger now, and call your local emergency number.
- A crisis line can advise you too: in the US call or text 988; elsewhere see findahelpline.com.`,
    },
    exploitation: {
      name: 'signs that someone may be trying to exploit or groom your teen',
      steps: `- Talk with your teen calmly; make clear they are not in trouble.
- Do not confront the other person. Keep any evidence (screenshots, names of accounts).
- Report it to the platform and to the police; in the US also to NCMEC's CyberTipline (report.cybertip.org).`,
    },
    abuse: {
      name: 'signs that your teen may be experiencing abuse',
      steps: `- Find a safe, private moment to talk, and listen.
- If your teen is in danger now, call your local emergency number.
- A child-protection help line can advise you on what to do next.`,
    },
    'friend-in-danger': {
      name: 'worry about a friend who may be in danger',
      steps: `- Ask your teen what they know and thank them for caring.
- Help them tell a trusted adult at the friend's school or the friend's family.
- If someone is in danger now, call your local emergency number.`,
    },
    other: {
      name: 'a serious safety concern',
      steps: `- Check in with your teen calmly and listen.
- If someone is in danger now, call your local emergency number.`,
    },
  },
};

const es: GuardianMailMessages = {
  confirmSubject: 'Confirma que eres el tutor de un adolescente que usa esta aplicación',
  confirmBody: `Un adolescente que usa esta aplicación escribió tu correo para vincularte como su tutor. Sabe que lo pidió.

Si estás de acuerdo, abre este enlace en las próximas {hours} horas y confirma:
{link}

Una vez vinculado, puedes fijar horas de descanso y un límite diario, y recibirás un aviso si los controles de seguridad detectan un riesgo grave (por ejemplo, autolesiones). Los avisos dicen qué tipo de riesgo y cuándo, con pasos sugeridos. Nunca incluyen los mensajes ni la conversación de tu hijo o hija.

Si no sabes de qué se trata, ignora este correo: no se vincula nada y tu dirección se borra cuando caduca el enlace.`,
  alertSubject: 'Aviso de seguridad: tu hijo o hija puede necesitar apoyo',
  alertBody: `Los controles de seguridad de la aplicación detectaron algo grave en una conversación de tu hijo o hija.

Qué: {topic}
Gravedad: {severity}
Cuándo: {time}

Pasos sugeridos:
{steps}

Este aviso nunca incluye los mensajes ni la conversación. Tu hijo o hija sabe que se envió un aviso.
Cambia los avisos, las horas de descanso o el límite: {settings}`,
  severityHigh: 'alta',
  topics: {
    'self-harm': {
      name: 'señales de autolesión o pensamientos suicidas',
      steps: `- Busca un momento tranquilo y privado para hablar. Pregunta directamente y escucha sin juzgar.
- Si crees que está en peligro ahora, quédate con él o ella y llama al número de emergencias.
- Una línea de crisis también puede orientarte: en España llama al 024; en otros países, findahelpline.com.`,
    },
    exploitation: {
      name: 'señales de que alguien podría intentar aprovecharse de tu hijo o hija',
      steps: `- Habla con calma; deja claro que no está en problemas.
- No confrontes a la otra persona. Guarda las pruebas (capturas, nombres de cuentas).
- Denúncialo a la plataforma y a la policía.`,
    },
    abuse: {
      name: 'señales de que tu hijo o hija podría estar sufriendo maltrato',
      steps: `- Busca un momento seguro y privado para hablar, y escucha.
- Si está en peligro ahora, llama al número de emergencias.
- Una línea de protección de la infancia puede orientarte.`,
    },
    'friend-in-danger': {
      name: 'preocupación por un amigo que podría estar en peligro',
      steps: `- Pregunta qué sabe y agradécele que se preocupe.
- Ayúdale a contárselo a un adulto de confianza del colegio o de la familia del amigo.
- Si alguien está en peligro ahora, llama al número de emergencias.`,
    },
    other: {
      name: 'un problema de seguridad grave',
      steps: `- Habla con calma con tu hijo o hija y escucha.
- Si alguien está en peligro ahora, llama al número de emergencias.`,
    },
  },
};

const fr: GuardianMailMessages = {
  confirmSubject: "Confirmez que vous êtes le responsable d'un adolescent qui utilise cette application",
  confirmBody: `Un adolescent qui utilise cette application a saisi votre adresse pour vous lier comme responsable. Il sait qu'il l'a demandé.

Si vous êtes d'accord, ouvrez ce lien dans les {hours} heures et confirmez :
{link}

Une fois lié, vous pouvez fixer des heures calmes et une limite quotidienne, et vous recevez une alerte si les contrôles de sécurité détectent un risque grave (par exemple l'automutilation). Les alertes indiquent le type de risque et l'heure, avec des conseils. Elles ne contiennent jamais les messages ni la conversation de votre adolescent.

Si vous ne savez pas de quoi il s'agit, ignorez ce message : rien n'est lié et votre adresse est supprimée à l'expiration du lien.`,
  alertSubject: 'Alerte de sécurité : votre adolescent a peut-être besoin de soutien',
  alertBody: `Les contrôles de sécurité de l'application ont remarqué quelque chose de grave dans une conversation de votre adolescent.

Quoi : {topic}
Gravité : {severity}
Quand : {time}

Prochaines étapes conseillées :
{steps}

Cette alerte ne contient jamais les messages ni la conversation. Votre adolescent est informé qu'une alerte a été envoyée.
Modifier les alertes, les heures calmes ou la limite : {settings}`,
  severityHigh: 'élevée',
  topics: {
    'self-harm': {
      name: "signes d'automutilation ou de pensées suicidaires",
      steps: `- Trouvez un moment calme et privé pour en parler. Posez la question directement et écoutez sans juger.
- S'il est en danger maintenant, restez avec lui et appelez les urgences.
- Une ligne d'écoute peut aussi vous conseiller : en France, le 3114 ; ailleurs, findahelpline.com.`,
    },
    exploitation: {
      name: "signes que quelqu'un cherche peut-être à exploiter votre adolescent",
      steps: `- Parlez-lui calmement ; dites-lui clairement qu'il n'a rien fait de mal.
- Ne confrontez pas l'autre personne. Gardez les preuves (captures, noms de comptes).
- Signalez-le à la plateforme et à la police.`,
    },
    abuse: {
      name: 'signes que votre adolescent subit peut-être des violences',
      steps: `- Trouvez un moment sûr et privé pour parler, et écoutez.
- S'il est en danger maintenant, appelez les urgences.
- Une ligne de protection de l'enfance peut vous conseiller (en France, le 119).`,
    },
    'friend-in-danger': {
      name: 'inquiétude pour un ami peut-être en danger',
      steps: `- Demandez-lui ce qu'il sait et remerciez-le de s'en soucier.
- Aidez-le à en parler à un adulte de confiance de l'école ou de la famille de l'ami.
- Si quelqu'un est en danger maintenant, appelez les urgences.`,
    },
    other: {
      name: 'un problème de sécurité grave',
      steps: `- Parlez calmement avec votre adolescent et écoutez.
- Si quelqu'un est en danger maintenant, appelez les urgences.`,
    },
  },
};

const de: GuardianMailMessages = {
  confirmSubject: 'Bestätigen Sie, dass Sie die Bezugsperson eines Teenagers in dieser App sind',
  confirmBody: `Ein Teenager, der diese App nutzt, hat Ihre E-Mail-Adresse eingegeben, um Sie als Bezugsperson zu verknüpfen. Er oder sie weiß davon.

Wenn Sie einverstanden sind, öffnen Sie diesen Link innerhalb von {hours} Stunden und bestätigen Sie:
{link}

Danach können Sie Ruhezeiten und ein tägliches Zeitlimit festlegen, und Sie erhalten eine Warnung, wenn die Sicherheitsprüfungen ein ernstes Risiko erkennen (zum Beispiel Selbstverletzung). Warnungen nennen die Art des Risikos und den Zeitpunkt, mit Vorschlägen für nächste Schritte. Sie enthalten nie die Nachrichten oder das Gespräch Ihres Kindes.

Wenn Sie nicht wissen, worum es geht, ignorieren Sie diese E-Mail: Es wird nichts verknüpft, und Ihre Adresse wird gelöscht, wenn der Link abläuft.`,
  alertSubject: 'Sicherheitswarnung: Ihr Kind braucht vielleicht Unterstützung',
  alertBody: `Die Sicherheitsprüfungen der App haben in einem Gespräch Ihres Kindes etwas Ernstes bemerkt.

Was: {topic}
Schwere: {severity}
Wann: {time}

Vorgeschlagene nächste Schritte:
{steps}

Diese Warnung enthält nie die Nachrichten oder das Gespräch. Ihr Kind wird informiert, dass eine Warnung verschickt wurde.
Warnungen, Ruhezeiten oder Zeitlimit ändern: {settings}`,
  severityHigh: 'hoch',
  topics: {
    'self-harm': {
      name: 'Anzeichen für Selbstverletzung oder Suizidgedanken',
      steps: `- Suchen Sie einen ruhigen, ungestörten Moment. Fragen Sie direkt nach und hören Sie zu, ohne zu urteilen.
- Wenn Sie glauben, dass Ihr Kind jetzt in Gefahr ist, bleiben Sie bei ihm und rufen Sie den Notruf (112).
- Auch die TelefonSeelsorge (0800 111 0 111) oder findahelpline.com kann Sie beraten.`,
    },
    exploitation: {
      name: 'Anzeichen, dass jemand Ihr Kind ausnutzen oder manipulieren will',
      steps: `- Sprechen Sie ruhig mit Ihrem Kind; machen Sie klar, dass es keinen Ärger bekommt.
- Konfrontieren Sie die andere Person nicht. Sichern Sie Beweise (Screenshots, Kontonamen).
- Melden Sie es der Plattform und der Polizei.`,
    },
    abuse: {
      name: 'Anzeichen, dass Ihr Kind Gewalt oder Missbrauch erlebt',
      steps: `- Suchen Sie einen sicheren, ungestörten Moment zum Reden, und hören Sie zu.
- Wenn Ihr Kind jetzt in Gefahr ist, rufen Sie den Notruf (112).
- Eine Kinderschutz-Beratungsstelle kann Sie zu den nächsten Schritten beraten.`,
    },
    'friend-in-danger': {
      name: 'Sorge um einen Freund oder eine Freundin in Gefahr',
      steps: `- Fragen Sie, was Ihr Kind weiß, und danken Sie ihm für seine Sorge.
- Helfen Sie ihm, es einer vertrauenswürdigen erwachsenen Person zu sagen.
- Wenn jemand jetzt in Gefahr ist, rufen Sie den Notruf (112).`,
    },
    other: {
      name: 'ein ernstes Sicherheitsproblem',
      steps: `- Sprechen Sie ruhig mit Ihrem Kind und hören Sie zu.
- Wenn jemand jetzt in Gefahr ist, rufen Sie den Notruf (112).`,
    },
  },
};

export const guardianMailMessages: Readonly<Record<'en' | 'es' | 'fr' | 'de', GuardianMailMessages>> = {
  en,
  es,
  fr,
  de,
};

/** The guardian's language, falling back to English. */
export function guardianMail(locale: string | undefined): GuardianMailMessages {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] as keyof typeof guardianMailMessages;
  return guardianMailMessages[language] ?? en;
}
