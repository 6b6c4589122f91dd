import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { DisclosureText, DisclosureUiMessages } from '../types.js';

const under13: DisclosureText = {
  title: 'Du sprichst mit einer KI',
  sections: [
    {
      id: 'ai',
      heading: 'Ich bin kein Mensch',
      body: 'Ich bin eine KI, also ein Computerprogramm. Ich bin kein echter Mensch, auch wenn ich manchmal so klinge. Ich habe keine Gefühle und kann im echten Leben nicht dein Freund sein.',
    },
    {
      id: 'mistakes',
      heading: 'Ich kann mich irren',
      body: 'Manchmal liege ich falsch oder erfinde etwas. Wenn etwas wichtig ist, frag deine Eltern, einen Erwachsenen, dem du vertraust, oder deine Lehrerin oder deinen Lehrer.',
    },
    {
      id: 'privacy',
      heading: 'Was privat ist, bleibt privat',
      body: 'Sag mir nicht deinen ganzen Namen, deine Schule, wo du wohnst oder deine Telefonnummer. Schick keine Fotos von dir. Was du einmal geschickt hast, kannst du nicht zurückholen, und andere könnten es sehen.',
    },
    {
      id: 'messages',
      heading: 'Was passiert mit deinen Nachrichten?',
      body: 'Deine Nachrichten gehen an einen Computer, der meine Antworten schreibt. Sicherheitsprogramme prüfen sie auch, damit du geschützt bist. {retention}',
    },
    {
      id: 'help',
      heading: 'Wenn du Hilfe brauchst',
      body: 'Wenn dich hier etwas traurig macht oder dir Angst macht, hör auf und erzähl es einem Erwachsenen, dem du vertraust. Mit dem Knopf „{reportButton}“ neben einer Nachricht kannst du sie den Leuten melden, die sich um diese App kümmern. Wenn du in Gefahr bist, ruf den Notruf an.',
    },
    {
      id: 'suitability',
      heading: 'Nicht für alle Kinder',
      body: 'Diese App ist vielleicht nicht für alle Kinder gut. Frag einen Erwachsenen, ob du sie benutzen darfst. Du kannst jederzeit aufhören.',
    },
  ],
  retention: {
    unknown:
      'Die Leute, die sich um diese App kümmern, entscheiden, wie lange sie gespeichert werden. Ein Erwachsener kann das für dich nachlesen.',
    days: {
      one: 'Diese App speichert deine Nachrichten 1 Tag lang. Danach löscht sie sie.',
      other: 'Diese App speichert deine Nachrichten {days} Tage lang. Danach löscht sie sie.',
    },
    none: 'Diese App speichert deine Nachrichten nicht, wenn der Chat vorbei ist.',
  },
};

const teen13to15: DisclosureText = {
  title: 'Du chattest mit einer KI',
  sections: [
    {
      id: 'ai',
      heading: 'Eine KI, kein Mensch',
      body: 'Dieser Assistent ist eine KI: ein Programm, das Antworten automatisch schreibt. Er ist kein echter Mensch, auch wenn er freundlich oder menschlich wirkt. Er hat keine Gefühle und kann kein echter Freund sein.',
    },
    {
      id: 'mistakes',
      heading: 'Die KI kann sich irren',
      body: 'Eine KI kann sehr sicher klingen und trotzdem falschliegen, und manchmal erfindet sie Dinge. Prüf Wichtiges (Gesundheit, Hausaufgaben, Sicherheit) mit einem Erwachsenen, dem du vertraust, oder mit einer Lehrkraft.',
    },
    {
      id: 'privacy',
      heading: 'Deine Daten gehören dir',
      body: 'Teil nicht deinen vollen Namen, deine Schule, deine Adresse, deine Handynummer oder Fotos von dir. Einmal verschickt, kannst du sie nicht zurückholen, und jemand könnte sie nutzen, um dich zu finden oder dir zu schaden.',
    },
    {
      id: 'messages',
      heading: 'Was mit deinen Nachrichten passiert',
      body: 'Deine Nachrichten gehen an ein System, das die Antworten erstellt, und Sicherheitsprogramme prüfen sie, um dich zu schützen. {retention}',
    },
    {
      id: 'help',
      heading: 'Hilfe holen und melden',
      body: 'Wenn dich etwas beunruhigt oder dir nicht guttut, hör auf und sprich mit einem Erwachsenen, dem du vertraust. Mit dem Knopf „{reportButton}“ neben einer Nachricht kannst du sie dem Team dieser App melden. Wenn du in Gefahr bist, ruf den Notruf an.',
    },
    {
      id: 'suitability',
      heading: 'Nicht für alle geeignet',
      body: 'Chatten mit einer KI ist vielleicht nicht für alle in deinem Alter geeignet. Mach Pausen und hör auf, wenn es dir damit schlechter geht.',
    },
  ],
  retention: {
    unknown:
      'Wie lange sie gespeichert werden, entscheidet das Unternehmen hinter dieser App; das steht in seiner Datenschutzerklärung.',
    days: {
      one: 'Diese App speichert deine Nachrichten 1 Tag lang und löscht sie dann.',
      other: 'Diese App speichert deine Nachrichten {days} Tage lang und löscht sie dann.',
    },
    none: 'Diese App speichert deine Nachrichten nicht, wenn der Chat vorbei ist.',
  },
};

const teen16to17: DisclosureText = {
  title: 'Das ist eine KI, kein Mensch',
  sections: [
    {
      id: 'ai',
      heading: 'KI statt Mensch',
      body: 'Du schreibst mit einem KI-System, nicht mit einem Menschen. Die Antworten werden automatisch erzeugt, auch wenn sie persönlich oder einfühlsam klingen. Die KI hat keine Gefühle und ersetzt keine echten Beziehungen.',
    },
    {
      id: 'mistakes',
      heading: 'Die KI macht Fehler',
      body: 'Eine KI kann sich mit voller Überzeugung irren oder Fakten erfinden. Prüf alles, was wirklich zählt (Gesundheit, Geld, Rechtliches, Schule), mit einer Vertrauensperson, einer Lehrkraft oder einer verlässlichen Quelle.',
    },
    {
      id: 'privacy',
      heading: 'Schütz deine persönlichen Daten',
      body: 'Gib möglichst nicht deinen vollen Namen, deine Schule, deine Adresse, deine Telefonnummer oder Fotos preis. Solche Angaben machen dich erkennbar, und wenn sie einmal verschickt sind, hast du keine Kontrolle mehr darüber.',
    },
    {
      id: 'messages',
      heading: 'Was mit deinen Nachrichten passiert',
      body: 'Deine Nachrichten werden an einen KI-Dienst geschickt, der die Antworten erzeugt, und von Sicherheitssystemen geprüft. {retention}',
    },
    {
      id: 'help',
      heading: 'Hilfe und Meldungen',
      body: 'Wenn dich ein Gespräch belastet oder dir etwas komisch vorkommt, sprich mit jemandem, dem du vertraust. Mit dem Button „{reportButton}“ neben einer Nachricht kannst du sie dem Team hinter dieser App melden. Im Notfall ruf den Notruf an.',
    },
    {
      id: 'suitability',
      heading: 'Nicht für alle geeignet',
      body: 'KI-Chats sind möglicherweise nicht für alle Minderjährigen geeignet. Mach regelmäßig Pausen und steig aus, wenn sie deine Stimmung, deinen Schlaf oder deine Beziehungen belasten.',
    },
  ],
  retention: {
    unknown:
      'Wie lange sie gespeichert bleiben, legt das Unternehmen hinter dieser App fest; Details stehen in seiner Datenschutzerklärung.',
    days: {
      one: 'Diese App speichert deine Nachrichten 1 Tag lang und löscht sie danach.',
      other: 'Diese App speichert deine Nachrichten {days} Tage lang und löscht sie danach.',
    },
    none: 'Diese App speichert deine Nachrichten nicht, wenn der Chat vorbei ist.',
  },
};

const adult: DisclosureText = {
  title: 'Über diesen KI-Assistenten',
  sections: [
    { id: 'ai', heading: 'KI, kein Mensch', body: 'Sie chatten mit einem KI-System, nicht mit einem Menschen.' },
    {
      id: 'mistakes',
      heading: 'Zuverlässigkeit',
      body: 'Antworten können falsch oder erfunden sein. Prüfen Sie wichtige Informationen, besonders zu Gesundheit, Recht oder Finanzen.',
    },
    {
      id: 'messages',
      heading: 'Ihre Nachrichten',
      body: 'Ihre Nachrichten werden von einem KI-Dienst verarbeitet, um Antworten zu erzeugen, und von Sicherheitssystemen geprüft. Teilen Sie keine sensiblen persönlichen Daten. {retention}',
    },
    {
      id: 'help',
      heading: 'Meldungen',
      body: 'Mit „{reportButton}“ neben einer Antwort können Sie sie an das Team hinter dieser App melden.',
    },
  ],
  retention: {
    unknown: 'Die Speicherdauer legt der Betreiber dieser App fest; Näheres steht in seiner Datenschutzerklärung.',
    days: {
      one: 'Nachrichten werden 1 Tag lang gespeichert und dann gelöscht.',
      other: 'Nachrichten werden {days} Tage lang gespeichert und dann gelöscht.',
    },
    none: 'Nachrichten werden nach dem Chat nicht gespeichert.',
  },
};

export const de: LocaleMessages<DisclosureText> = { base: teen13to15, bands: { under13, teen16to17, adult } };

export const deUi: LocaleMessages<DisclosureUiMessages> = {
  base: {
    acknowledge: 'Verstanden',
    close: 'Schließen',
    trigger: 'Über diese KI',
    reminderTitle: 'Kurze Erinnerung: Das ist eine KI',
    reminderBody:
      'Du chattest schon eine Weile. Nur zur Erinnerung: Du schreibst mit einer KI, nicht mit einem Menschen. Vielleicht ist jetzt ein guter Moment für eine Pause: streck dich, trink etwas Wasser oder sprich mit jemandem, den du kennst.',
    keepChatting: 'Weiterchatten',
    takeBreak: 'Pause machen',
    readAgain: 'Mehr über diese KI lesen',
  },
  bands: {
    under13: {
      acknowledge: 'Okay, verstanden',
      reminderTitle: 'Denk dran: Ich bin kein Mensch',
      reminderBody:
        'Du chattest schon eine Weile. Ich bin ein Computer, kein Mensch. Wie wäre es mit einer Pause? Du kannst dich strecken, etwas trinken oder spielen gehen.',
    },
    teen16to17: {
      reminderBody:
        'Du chattest schon eine Weile. Zur Erinnerung: Du schreibst mit einer KI, nicht mit einem Menschen. Denk an eine Pause: beweg dich, trink etwas Wasser oder melde dich bei jemandem.',
    },
    adult: {
      acknowledge: 'Weiter',
      reminderTitle: 'Erinnerung: Das ist eine KI',
      reminderBody: 'Sie chatten schon eine Weile. Das ist eine KI, kein Mensch. Denken Sie an eine Pause.',
      keepChatting: 'Weiterchatten',
      takeBreak: 'Pause machen',
      readAgain: 'Mehr über diese KI lesen',
    },
  },
};
