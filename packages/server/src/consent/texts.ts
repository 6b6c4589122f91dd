import type { AgeBand } from '@youthchat/core';

/** The languages notices and mails to parents are written in. */
export const NOTICE_LOCALES = ['en', 'es', 'fr', 'de'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

/** Every sentence a parent reads, in one language. `{name}` marks a value filled in. */
export interface ParentTexts {
  bands: Record<AgeBand, string>;
  title: string;
  intro: string;
  collectedHeading: string;
  collected: string;
  purposeHeading: string;
  purpose: string;
  thirdPartiesHeading: string;
  thirdPartiesAI: string;
  thirdPartiesNone: string;
  retentionHeading: string;
  retention: string;
  rightsHeading: string;
  rights: string;
  scopeUseTitle: string;
  scopeUse: string;
  scopeAITitle: string;
  scopeAI: string;
  providerPurpose: string;
  methodEmailPlus: string;
  methodEmailPlusDescription: string;
  methodVendor: string;
  methodVendorDescription: string;
  /** The request mail. */
  requestSubject: string;
  requestOpen: string;
  requestIgnore: string;
  /** The mail after a decision, with the manage link. */
  decisionSubject: string;
  decisionGranted: string;
  decisionDenied: string;
  /** The age group a parent confirmed, in the decision mail. */
  decisionAge: string;
  manageLink: string;
  /** The email-plus confirmation, sent after a delay. */
  confirmSubject: string;
  confirmBody: string;
  signature: string;
}

export const parentTexts: Record<NoticeLocale, ParentTexts> = {
  en: {
    bands: { under13: 'under 13', teen13to15: '13 to 15', teen16to17: '16 or 17', adult: '18 or over' },
    title: 'Your child asked to use {service}',
    intro:
      'Your child (age group: {band}, country: {country}) gave us this address and asked to use {service}, a chat with an AI assistant. The law needs your agreement first. Nothing is shared until you decide.',
    collectedHeading: 'What we collect',
    collected:
      "Your child's age group and country, the messages they write in the chat (with names, addresses, phone numbers and similar details taken out before anything leaves our server), and any report they send us about something that upset them. We do not ask for your child's name.",
    purposeHeading: 'Why',
    purpose:
      'To answer your child in the chat, to check messages and replies for harm so the chat stays safe for their age, and to act on reports. We do not sell data or show advertising.',
    thirdPartiesHeading: 'Who else receives it',
    thirdPartiesAI:
      "Only if you agree to it separately: {provider}, which writes the chat's answers and checks messages for harm, receives your child's messages with personal details taken out. Without that agreement nothing goes to anyone else, and the chat answers from our own server.",
    thirdPartiesNone: 'No one: the chat runs on our own server.',
    retentionHeading: 'How long we keep it',
    retention:
      'Your address: only until you decide, and no longer than {days} days. Chat messages: not stored by us. Reports: up to {reportDays} days. Your decision: while your child uses the service, then 30 days.',
    rightsHeading: 'Your rights',
    rights:
      'You can say no, agree to some parts only, and change your mind at any time. After deciding you get a private link to review what we hold about your child, download it, delete it, and withdraw your agreement.',
    scopeUseTitle: 'Use the chat',
    scopeUse: 'Your child may chat here. Messages are checked for safety on our server.',
    scopeAITitle: 'Share messages with {provider}',
    scopeAI:
      "Your child's messages, with personal details taken out, go to {provider} to write better answers. This needs a stronger check that you are the parent.",
    providerPurpose: "writes the chat's answers and checks messages for harm",
    methodEmailPlus: 'Confirm by email',
    methodEmailPlusDescription:
      'Your click on this link counts as agreement. We write to you again later so you can withdraw it if it was not you. Allowed for using the chat only.',
    methodVendor: 'Verify with a check',
    methodVendorDescription:
      'A short card or ID check by a verification service proves you are an adult. Needed before messages can be shared with {provider}.',
    requestSubject: 'Your child asked to use {service}: please decide',
    requestOpen: 'Read what this means and decide (the link works once, until {expires}):',
    requestIgnore:
      'If you do nothing, we delete your address in {days} days and your child cannot use the chat. If you do not know this request, you can ignore this message.',
    decisionSubject: 'Your decision for {service}',
    decisionGranted: 'You agreed that your child may: {scopes}.',
    decisionDenied: 'You said no. Your child cannot use the chat, and we have deleted your address.',
    decisionAge: 'You confirmed your child’s age group: {band}. The chat now follows the rules for that age.',
    manageLink:
      'Review, download or delete what we hold about your child, or withdraw your agreement, with this private link (until {expires}):',
    confirmSubject: 'Reminder: you agreed to {service} for your child',
    confirmBody:
      'Earlier you agreed that your child may use {service}. If that was not you, or you have changed your mind, withdraw it here:',
    signature: 'The {service} team',
  },
  es: {
    bands: { under13: 'menos de 13', teen13to15: '13 a 15', teen16to17: '16 o 17', adult: '18 o más' },
    title: 'Su hijo o hija pidió usar {service}',
    intro:
      'Su hijo o hija (edad: {band}, país: {country}) nos dio esta dirección y pidió usar {service}, un chat con un asistente de IA. La ley exige primero su permiso. No se comparte nada hasta que usted decida.',
    collectedHeading: 'Qué recogemos',
    collected:
      'La franja de edad y el país de su hijo o hija, los mensajes que escribe en el chat (quitando nombres, direcciones, teléfonos y datos parecidos antes de que nada salga de nuestro servidor) y los avisos que nos envíe sobre algo que le haya molestado. No pedimos su nombre.',
    purposeHeading: 'Para qué',
    purpose:
      'Para responderle en el chat, revisar mensajes y respuestas y mantener el chat seguro para su edad, y para atender los avisos. No vendemos datos ni mostramos publicidad.',
    thirdPartiesHeading: 'Quién más los recibe',
    thirdPartiesAI:
      'Solo si usted lo acepta aparte: {provider}, que escribe las respuestas del chat y revisa los mensajes, recibe los mensajes sin datos personales. Sin ese permiso no se envía nada a nadie y el chat responde desde nuestro propio servidor.',
    thirdPartiesNone: 'Nadie: el chat funciona en nuestro propio servidor.',
    retentionHeading: 'Cuánto tiempo lo guardamos',
    retention:
      'Su dirección: solo hasta que decida, y como mucho {days} días. Mensajes del chat: no los guardamos. Avisos: hasta {reportDays} días. Su decisión: mientras su hijo o hija use el servicio, y 30 días más.',
    rightsHeading: 'Sus derechos',
    rights:
      'Puede decir que no, aceptar solo una parte y cambiar de opinión cuando quiera. Después recibirá un enlace privado para ver lo que guardamos, descargarlo, borrarlo y retirar su permiso.',
    scopeUseTitle: 'Usar el chat',
    scopeUse: 'Su hijo o hija puede chatear aquí. Los mensajes se revisan en nuestro servidor.',
    scopeAITitle: 'Compartir mensajes con {provider}',
    scopeAI:
      'Los mensajes, sin datos personales, van a {provider} para escribir mejores respuestas. Esto requiere una comprobación más fuerte de que usted es el padre, la madre o el tutor.',
    providerPurpose: 'escribe las respuestas del chat y revisa los mensajes',
    methodEmailPlus: 'Confirmar por correo',
    methodEmailPlusDescription:
      'Su clic en este enlace cuenta como permiso. Le escribiremos de nuevo más tarde por si no fue usted. Solo sirve para usar el chat.',
    methodVendor: 'Verificar con una comprobación',
    methodVendorDescription:
      'Una breve comprobación de tarjeta o documento por un servicio de verificación demuestra que es una persona adulta. Necesaria para compartir mensajes con {provider}.',
    requestSubject: 'Su hijo o hija pidió usar {service}: decida, por favor',
    requestOpen: 'Lea lo que significa y decida (el enlace sirve una vez, hasta el {expires}):',
    requestIgnore:
      'Si no hace nada, borraremos su dirección en {days} días y su hijo o hija no podrá usar el chat. Si no conoce esta solicitud, ignore este mensaje.',
    decisionSubject: 'Su decisión sobre {service}',
    decisionGranted: 'Usted aceptó que su hijo o hija pueda: {scopes}.',
    decisionDenied: 'Usted dijo que no. Su hijo o hija no puede usar el chat y hemos borrado su dirección.',
    decisionAge: 'Usted confirmó la edad de su hijo o hija: {band}. El chat sigue ahora las reglas para esa edad.',
    manageLink:
      'Vea, descargue o borre lo que guardamos, o retire su permiso, con este enlace privado (hasta el {expires}):',
    confirmSubject: 'Recordatorio: aceptó {service} para su hijo o hija',
    confirmBody:
      'Usted aceptó que su hijo o hija use {service}. Si no fue usted o ha cambiado de opinión, retire el permiso aquí:',
    signature: 'El equipo de {service}',
  },
  fr: {
    bands: {
      under13: 'moins de 13 ans',
      teen13to15: '13 à 15 ans',
      teen16to17: '16 ou 17 ans',
      adult: '18 ans ou plus',
    },
    title: 'Votre enfant a demandé à utiliser {service}',
    intro:
      "Votre enfant (âge : {band}, pays : {country}) nous a donné cette adresse et a demandé à utiliser {service}, un chat avec un assistant d'IA. La loi demande d'abord votre accord. Rien n'est partagé avant votre décision.",
    collectedHeading: 'Ce que nous recueillons',
    collected:
      "La tranche d'âge et le pays de votre enfant, les messages écrits dans le chat (noms, adresses, numéros de téléphone et détails semblables retirés avant que quoi que ce soit ne quitte notre serveur) et les signalements qu'il nous envoie. Nous ne demandons pas son nom.",
    purposeHeading: 'Pourquoi',
    purpose:
      "Pour répondre à votre enfant, vérifier messages et réponses afin que le chat reste sûr pour son âge, et traiter les signalements. Nous ne vendons pas de données et n'affichons pas de publicité.",
    thirdPartiesHeading: 'Qui d’autre les reçoit',
    thirdPartiesAI:
      "Seulement si vous l'acceptez à part : {provider}, qui rédige les réponses du chat et vérifie les messages, reçoit les messages sans détails personnels. Sans cet accord, rien ne part ailleurs et le chat répond depuis notre propre serveur.",
    thirdPartiesNone: 'Personne : le chat fonctionne sur notre propre serveur.',
    retentionHeading: 'Combien de temps',
    retention:
      "Votre adresse : jusqu'à votre décision, {days} jours au plus. Messages du chat : nous ne les gardons pas. Signalements : jusqu'à {reportDays} jours. Votre décision : tant que votre enfant utilise le service, puis 30 jours.",
    rightsHeading: 'Vos droits',
    rights:
      "Vous pouvez refuser, accepter une partie seulement et changer d'avis à tout moment. Ensuite, un lien privé vous permet de voir ce que nous détenons, de le télécharger, de le supprimer et de retirer votre accord.",
    scopeUseTitle: 'Utiliser le chat',
    scopeUse: 'Votre enfant peut discuter ici. Les messages sont vérifiés sur notre serveur.',
    scopeAITitle: 'Partager les messages avec {provider}',
    scopeAI:
      'Les messages, sans détails personnels, vont à {provider} pour de meilleures réponses. Cela demande une vérification plus forte que vous êtes le parent.',
    providerPurpose: 'rédige les réponses du chat et vérifie les messages',
    methodEmailPlus: 'Confirmer par e-mail',
    methodEmailPlusDescription:
      "Votre clic sur ce lien vaut accord. Nous vous écrirons plus tard pour que vous puissiez le retirer si ce n'était pas vous. Pour l'utilisation du chat seulement.",
    methodVendor: 'Vérifier par un contrôle',
    methodVendorDescription:
      "Un court contrôle de carte ou de pièce d'identité par un service de vérification prouve que vous êtes adulte. Nécessaire pour partager les messages avec {provider}.",
    requestSubject: 'Votre enfant a demandé à utiliser {service} : merci de décider',
    requestOpen: "Lisez ce que cela implique et décidez (le lien sert une fois, jusqu'au {expires}) :",
    requestIgnore:
      'Sans réponse, nous supprimons votre adresse dans {days} jours et votre enfant ne peut pas utiliser le chat. Si vous ne connaissez pas cette demande, ignorez ce message.',
    decisionSubject: 'Votre décision pour {service}',
    decisionGranted: 'Vous avez accepté que votre enfant puisse : {scopes}.',
    decisionDenied: 'Vous avez refusé. Votre enfant ne peut pas utiliser le chat et nous avons supprimé votre adresse.',
    decisionAge:
      'Vous avez confirmé la tranche d’âge de votre enfant : {band}. Le chat suit désormais les règles de cet âge.',
    manageLink:
      "Voyez, téléchargez ou supprimez ce que nous détenons, ou retirez votre accord, avec ce lien privé (jusqu'au {expires}) :",
    confirmSubject: 'Rappel : vous avez accepté {service} pour votre enfant',
    confirmBody:
      "Vous avez accepté que votre enfant utilise {service}. Si ce n'était pas vous ou si vous avez changé d'avis, retirez votre accord ici :",
    signature: "L'équipe {service}",
  },
  de: {
    bands: { under13: 'unter 13', teen13to15: '13 bis 15', teen16to17: '16 oder 17', adult: '18 oder älter' },
    title: 'Ihr Kind möchte {service} nutzen',
    intro:
      'Ihr Kind (Altersgruppe: {band}, Land: {country}) hat uns diese Adresse gegeben und möchte {service} nutzen, einen Chat mit einem KI-Assistenten. Das Gesetz verlangt zuerst Ihre Einwilligung. Bis Sie entscheiden, wird nichts weitergegeben.',
    collectedHeading: 'Was wir erheben',
    collected:
      'Altersgruppe und Land Ihres Kindes, die Nachrichten im Chat (Namen, Adressen, Telefonnummern und Ähnliches werden entfernt, bevor etwas unseren Server verlässt) und Meldungen, die Ihr Kind uns schickt. Den Namen Ihres Kindes fragen wir nicht ab.',
    purposeHeading: 'Wozu',
    purpose:
      'Um Ihrem Kind im Chat zu antworten, Nachrichten und Antworten auf Schädliches zu prüfen, damit der Chat für sein Alter sicher bleibt, und um Meldungen zu bearbeiten. Wir verkaufen keine Daten und zeigen keine Werbung.',
    thirdPartiesHeading: 'Wer sie sonst erhält',
    thirdPartiesAI:
      'Nur wenn Sie dem gesondert zustimmen: {provider}, der die Antworten schreibt und Nachrichten prüft, erhält die Nachrichten ohne persönliche Angaben. Ohne diese Zustimmung geht nichts an andere, und der Chat antwortet von unserem eigenen Server.',
    thirdPartiesNone: 'Niemand: Der Chat läuft auf unserem eigenen Server.',
    retentionHeading: 'Wie lange wir es speichern',
    retention:
      'Ihre Adresse: nur bis zu Ihrer Entscheidung, höchstens {days} Tage. Chatnachrichten: speichern wir nicht. Meldungen: bis zu {reportDays} Tage. Ihre Entscheidung: solange Ihr Kind den Dienst nutzt, danach 30 Tage.',
    rightsHeading: 'Ihre Rechte',
    rights:
      'Sie können ablehnen, nur einem Teil zustimmen und Ihre Meinung jederzeit ändern. Danach erhalten Sie einen privaten Link, um einzusehen, was wir über Ihr Kind speichern, es herunterzuladen, zu löschen und Ihre Einwilligung zu widerrufen.',
    scopeUseTitle: 'Den Chat nutzen',
    scopeUse: 'Ihr Kind darf hier chatten. Nachrichten werden auf unserem Server geprüft.',
    scopeAITitle: 'Nachrichten mit {provider} teilen',
    scopeAI:
      'Die Nachrichten gehen ohne persönliche Angaben an {provider}, damit die Antworten besser werden. Dafür ist eine stärkere Prüfung nötig, dass Sie der Elternteil sind.',
    providerPurpose: 'schreibt die Antworten des Chats und prüft Nachrichten',
    methodEmailPlus: 'Per E-Mail bestätigen',
    methodEmailPlusDescription:
      'Ihr Klick auf diesen Link gilt als Zustimmung. Wir schreiben Ihnen später noch einmal, damit Sie widerrufen können, falls Sie es nicht waren. Nur für die Nutzung des Chats.',
    methodVendor: 'Mit einer Prüfung bestätigen',
    methodVendorDescription:
      'Eine kurze Karten- oder Ausweisprüfung durch einen Prüfdienst zeigt, dass Sie erwachsen sind. Nötig, bevor Nachrichten mit {provider} geteilt werden.',
    requestSubject: 'Ihr Kind möchte {service} nutzen: bitte entscheiden Sie',
    requestOpen: 'Lesen Sie, was das bedeutet, und entscheiden Sie (der Link gilt einmal, bis {expires}):',
    requestIgnore:
      'Wenn Sie nichts tun, löschen wir Ihre Adresse nach {days} Tagen, und Ihr Kind kann den Chat nicht nutzen. Wenn Sie diese Anfrage nicht kennen, ignorieren Sie diese Nachricht.',
    decisionSubject: 'Ihre Entscheidung zu {service}',
    decisionGranted: 'Sie haben zugestimmt, dass Ihr Kind Folgendes darf: {scopes}.',
    decisionDenied: 'Sie haben abgelehnt. Ihr Kind kann den Chat nicht nutzen, und wir haben Ihre Adresse gelöscht.',
    decisionAge:
      'Sie haben die Altersgruppe Ihres Kindes bestätigt: {band}. Der Chat folgt jetzt den Regeln für dieses Alter.',
    manageLink:
      'Sehen, laden oder löschen Sie, was wir über Ihr Kind speichern, oder widerrufen Sie Ihre Einwilligung, mit diesem privaten Link (bis {expires}):',
    confirmSubject: 'Erinnerung: Sie haben {service} für Ihr Kind zugestimmt',
    confirmBody:
      'Sie haben zugestimmt, dass Ihr Kind {service} nutzt. Falls Sie das nicht waren oder es sich anders überlegt haben, widerrufen Sie hier:',
    signature: 'Ihr {service}-Team',
  },
};

/** The notice language: the one asked for if shipped, else the first shipped one in Accept-Language, else English. */
export function noticeLocale(requested: string | undefined, acceptLanguage: string | null): NoticeLocale {
  const pick = (tag: string | undefined) => {
    const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
    return (NOTICE_LOCALES as readonly string[]).includes(base ?? '') ? (base as NoticeLocale) : undefined;
  };
  const asked = pick(requested);
  if (asked) return asked;
  for (const part of (acceptLanguage ?? '').split(',').slice(0, 10)) {
    const found = pick(part.split(';')[0]);
    if (found) return found;
  }
  return 'en';
}

/** Fills `{name}` marks. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (mark, name: string) => (name in values ? String(values[name]) : mark));
}

/** A band's name where it stands alone (a choice, a field's value), not inside a sentence. */
export function bandLabel(t: ParentTexts, band: AgeBand, locale: NoticeLocale): string {
  const name = t.bands[band];
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
