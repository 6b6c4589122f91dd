import type { Catalogue } from '../i18n/catalogue.js';
import type { CrisisMessages } from './types.js';

const enLines: Record<string, string> = {
  'us-988': 'Call or text 988 to reach a trained crisis counselor.',
  'gb-childline': 'For anyone under 19. Talk about anything, big or small.',
  'gb-samaritans': 'Someone to talk to about whatever is on your mind.',
  'gb-shout': 'Support by text message from a trained volunteer.',
  'ca-kids-help-phone': 'For young people in Canada, in English and French.',
  'ca-988': 'Call or text 988 for support with thoughts of suicide.',
  'au-kids-helpline': 'For young people aged 5 to 25, at any time, for any reason.',
  'au-lifeline': 'Crisis support for anyone having a hard time.',
  'de-nummer-gegen-kummer': 'The helpline for children and young people in Germany.',
  'de-telefonseelsorge': 'Someone to talk to, day and night.',
  'fr-3114': 'The national suicide prevention line in France.',
  'fr-119': 'For children and teenagers who are in danger or being hurt.',
  'es-anar': 'The helpline for children and teenagers in Spain.',
  'es-024': 'The line in Spain for anyone with thoughts of suicide.',
  findahelpline: 'Free, confidential help lines in many countries, by phone, text or chat.',
};

/** Strings for `CrisisResources`, per locale and band. Descriptions avoid the formal/informal "you" so they suit every band. */
export const crisisMessages: Catalogue<CrisisMessages> = {
  en: {
    base: {
      heading: 'Help is here if you need it',
      intro:
        'You don’t have to deal with this alone. Trained people are ready to listen. You can keep chatting here too.',
      call: 'Call {number}',
      text: 'Text {number}',
      textKeyword: 'Text {keyword} to {number}',
      website: 'Visit {name}',
      newTab: '(opens in a new tab)',
      free: 'Free',
      alwaysOpen: 'Open 24/7',
      emergency: 'If you are in danger right now, call {number}.',
      emergencyUnknown: 'If you are in danger right now, call your local emergency number.',
      lines: enLines,
    },
    bands: {
      under13: {
        heading: 'You can talk to someone',
        intro: 'You are not alone. Kind people are ready to listen and help. You can keep chatting here too.',
      },
      adult: {
        heading: 'Support is available',
        intro: 'If you’re struggling, trained people are ready to listen. You can keep chatting here too.',
      },
    },
  },
  es: {
    base: {
      heading: 'Hay ayuda si la necesitas',
      intro:
        'No tienes que pasar por esto sin ayuda. Hay personas preparadas para escucharte. También puedes seguir chateando aquí.',
      call: 'Llamar al {number}',
      text: 'Enviar un mensaje al {number}',
      textKeyword: 'Enviar {keyword} al {number}',
      website: 'Visitar {name}',
      newTab: '(se abre en una pestaña nueva)',
      free: 'Gratis',
      alwaysOpen: 'Las 24 horas, todos los días',
      emergency: 'Si estás en peligro ahora mismo, llama al {number}.',
      emergencyUnknown: 'Si estás en peligro ahora mismo, llama al número de emergencias.',
      lines: {
        'us-988': 'Llama al 988 y marca 2 para hablar en español, o envía AYUDA por mensaje de texto al 988.',
        'gb-childline': 'Para menores de 19 años. Se puede hablar de cualquier cosa, grande o pequeña.',
        'gb-samaritans': 'Alguien con quien hablar de lo que te preocupe.',
        'gb-shout': 'Apoyo por mensaje de texto con voluntarios formados.',
        'ca-kids-help-phone': 'Para jóvenes en Canadá, en inglés y en francés.',
        'ca-988': 'Llamada o mensaje al 988 si tienes pensamientos de suicidio.',
        'au-kids-helpline': 'Para personas de 5 a 25 años, a cualquier hora y por cualquier motivo.',
        'au-lifeline': 'Apoyo en crisis para cualquier persona que lo esté pasando mal.',
        'de-nummer-gegen-kummer': 'La línea de ayuda para niños, niñas y jóvenes en Alemania.',
        'de-telefonseelsorge': 'Alguien con quien hablar, de día y de noche.',
        'fr-3114': 'La línea nacional de prevención del suicidio en Francia.',
        'fr-119': 'Para niños, niñas y adolescentes en peligro o que sufren maltrato.',
        'es-anar': 'Teléfono de ayuda a niños, niñas y adolescentes.',
        'es-024': 'Línea de atención a la conducta suicida.',
        findahelpline: 'Líneas de ayuda gratuitas y confidenciales en muchos países, por teléfono, mensaje o chat.',
      },
    },
    bands: {
      under13: {
        heading: 'Puedes hablar con alguien',
        intro: 'No estás solo. Hay personas amables que escuchan y ayudan. También puedes seguir chateando aquí.',
      },
      adult: {
        heading: 'Hay apoyo disponible',
        intro:
          'Si lo estás pasando mal, hay personas preparadas para escucharte. También puedes seguir chateando aquí.',
      },
    },
  },
  fr: {
    base: {
      heading: 'De l’aide existe si tu en as besoin',
      intro:
        'Tu n’as pas à affronter ça tout seul. Des personnes formées sont là pour t’écouter. Tu peux aussi continuer à discuter ici.',
      call: 'Appeler le {number}',
      text: 'Envoyer un SMS au {number}',
      textKeyword: 'Envoyer {keyword} par SMS au {number}',
      website: 'Visiter le site {name}',
      newTab: '(s’ouvre dans un nouvel onglet)',
      free: 'Gratuit',
      alwaysOpen: '24 h/24, 7 j/7',
      emergency: 'Si tu es en danger maintenant, appelle le {number}.',
      emergencyUnknown: 'Si tu es en danger maintenant, appelle le numéro d’urgence.',
      lines: {
        'us-988': 'Appel ou SMS au 988 pour joindre un conseiller formé.',
        'gb-childline': 'Pour les moins de 19 ans. On peut parler de tout, petit ou grand.',
        'gb-samaritans': 'Une écoute pour tout ce qui pèse.',
        'gb-shout': 'Soutien par SMS avec des bénévoles formés.',
        'ca-kids-help-phone': 'Pour les jeunes au Canada, en français et en anglais.',
        'ca-988': 'Appel ou SMS au 988 en cas de pensées suicidaires.',
        'au-kids-helpline': 'Pour les 5 à 25 ans, à toute heure et pour toute raison.',
        'au-lifeline': 'Soutien en situation de crise pour toute personne en difficulté.',
        'de-nummer-gegen-kummer': 'La ligne d’écoute pour les enfants et les jeunes en Allemagne.',
        'de-telefonseelsorge': 'Une écoute de jour comme de nuit.',
        'fr-3114': 'Le numéro national de prévention du suicide.',
        'fr-119': 'Pour les enfants et les ados en danger ou victimes de violences.',
        'es-anar': 'La ligne d’aide pour les enfants et les ados en Espagne.',
        'es-024': 'La ligne espagnole pour les personnes qui ont des pensées suicidaires.',
        findahelpline:
          'Des lignes d’écoute gratuites et confidentielles dans de nombreux pays : téléphone, SMS ou chat.',
      },
    },
    bands: {
      under13: {
        heading: 'Tu peux parler à quelqu’un',
        intro:
          'Tu n’es pas seul. Des personnes gentilles sont là pour écouter et aider. Tu peux aussi continuer à discuter ici.',
      },
      adult: {
        heading: 'Du soutien est disponible',
        intro:
          'Si vous traversez un moment difficile, des personnes formées sont là pour vous écouter. Vous pouvez aussi continuer la discussion ici.',
        emergency: 'Si vous êtes en danger immédiat, appelez le {number}.',
        emergencyUnknown: 'Si vous êtes en danger immédiat, appelez le numéro d’urgence.',
      },
    },
  },
  de: {
    base: {
      heading: 'Hier bekommst du Hilfe',
      intro: 'Du musst da nicht allein durch. Geschulte Menschen hören dir zu. Du kannst hier auch weiterchatten.',
      call: '{number} anrufen',
      text: 'SMS an {number}',
      textKeyword: '{keyword} per SMS an {number}',
      website: 'Website von {name}',
      newTab: '(öffnet in neuem Tab)',
      free: 'Kostenlos',
      alwaysOpen: 'Rund um die Uhr',
      emergency: 'Wenn du gerade in Gefahr bist, ruf {number} an.',
      emergencyUnknown: 'Wenn du gerade in Gefahr bist, ruf den Notruf an.',
      lines: {
        'us-988': 'Anruf oder SMS an 988: Gespräch mit geschulten Krisenberatern.',
        'gb-childline': 'Für alle unter 19, zu jedem Thema, ob groß oder klein.',
        'gb-samaritans': 'Ein offenes Ohr für alles, was belastet.',
        'gb-shout': 'Unterstützung per SMS durch geschulte Ehrenamtliche.',
        'ca-kids-help-phone': 'Für junge Menschen in Kanada, auf Englisch und Französisch.',
        'ca-988': 'Anruf oder SMS an 988 bei Suizidgedanken.',
        'au-kids-helpline': 'Für junge Menschen von 5 bis 25, jederzeit und zu jedem Thema.',
        'au-lifeline': 'Krisenhilfe für alle, denen es gerade schlecht geht.',
        'de-nummer-gegen-kummer': 'Das Kinder- und Jugendtelefon: anonym und kostenlos.',
        'de-telefonseelsorge': 'Ein Gespräch, wenn es schwer wird, Tag und Nacht.',
        'fr-3114': 'Die nationale Nummer zur Suizidprävention in Frankreich.',
        'fr-119': 'Für Kinder und Jugendliche, die in Gefahr sind oder Gewalt erleben.',
        'es-anar': 'Das Hilfetelefon für Kinder und Jugendliche in Spanien.',
        'es-024': 'Die spanische Hotline bei Suizidgedanken.',
        findahelpline: 'Kostenlose, vertrauliche Hilfsangebote in vielen Ländern: per Telefon, SMS oder Chat.',
      },
    },
    bands: {
      under13: {
        heading: 'Du kannst mit jemandem reden',
        intro:
          'Du bist nicht allein. Es gibt nette Menschen, die zuhören und helfen. Du kannst hier auch weiterchatten.',
      },
      adult: {
        heading: 'Hier gibt es Unterstützung',
        intro: 'Wenn es Ihnen nicht gut geht: Geschulte Menschen hören Ihnen zu. Sie können hier auch weiterchatten.',
        emergency: 'Wenn Sie gerade in Gefahr sind, rufen Sie {number} an.',
        emergencyUnknown: 'Wenn Sie gerade in Gefahr sind, rufen Sie den Notruf an.',
      },
    },
  },
};
