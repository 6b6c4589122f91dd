import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { AgeGateMessages } from '../messages.js';

/** The age gate's strings in French. */
export const fr: LocaleMessages<AgeGateMessages> = {
  base: {
    title: 'Ta date de naissance',
    hint: 'Nous posons cette question à tout le monde.',
    day: 'Jour',
    month: 'Mois',
    year: 'Année',
    monthEmpty: 'Choisis',
    monthNames: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    submit: 'Continuer',
    submitting: 'Vérification…',
    errorEmpty: 'Indique ta date de naissance.',
    errorDayMissing: 'Indique le jour.',
    errorMonthMissing: 'Choisis le mois.',
    errorYearMissing: 'Indique l’année.',
    errorDay: 'Indique le jour avec un nombre de 1 à 31.',
    errorYear: 'Indique l’année avec 4 chiffres.',
    errorDateNotReal: 'Cette date n’existe pas. Vérifie le jour et le mois.',
    errorFuture: 'Cette date est dans le futur. Vérifie l’année.',
    errorTooOld: 'Cette date est trop ancienne. Vérifie l’année.',
    errorNetwork: 'Quelque chose n’a pas marché. Vérifie ta connexion et réessaie.',
    errorRateLimited: 'Trop d’essais en peu de temps. Attends une minute, puis réessaie.',
    doneTitle: 'Merci',
    doneBody: 'Tout est prêt.',
    lockedTitle: 'Réponse déjà donnée',
    lockedBody: 'Cette question a déjà reçu une réponse sur cet appareil.',
    consentTitle: 'Un parent ou un tuteur doit donner son accord',
    consentBody: 'Avant d’utiliser cette application, ton parent ou ton tuteur doit te donner son autorisation.',
  },
};

export default fr;
