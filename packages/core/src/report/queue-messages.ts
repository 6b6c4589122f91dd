import type { AgeBand } from '../age/band.js';
import type { Catalogue } from '../i18n/catalogue.js';
import type { DecisionScope, ModerationAction, ReportStatus } from './types.js';

/** Strings for the moderators' `ReportQueue`. `{count}`, `{reference}` and `{message}` are filled in. */
export interface ReportQueueMessages {
  heading: string;
  filters: string;
  statusFilter: string;
  reasonFilter: string;
  severityFilter: string;
  any: string;
  apply: string;
  statuses: Record<ReportStatus, string>;
  severities: Record<'high' | 'medium' | 'low', string>;
  actions: Record<ModerationAction, string>;
  scopes: Record<DecisionScope, string>;
  bands: Record<AgeBand, string>;
  loading: string;
  empty: string;
  loadMore: string;
  count: string;
  columnReference: string;
  columnReason: string;
  columnSeverity: string;
  columnBand: string;
  columnStatus: string;
  columnReceived: string;
  open: string;
  back: string;
  details: string;
  excerpt: string;
  none: string;
  appeal: string;
  decide: string;
  action: string;
  scope: string;
  territorialScope: string;
  durationDays: string;
  durationHint: string;
  facts: string;
  groundType: string;
  groundIllegal: string;
  groundTerms: string;
  groundNone: string;
  groundReference: string;
  groundExplanation: string;
  automatedDetection: string;
  automatedDecision: string;
  preserveCse: string;
  submitDecision: string;
  statementHeading: string;
  error: string;
  unauthorized: string;
  /** Another moderator recorded a decision first. */
  alreadyDecided: string;
  rateLimited: string;
  /** The server answered but its store is down (5xx). */
  unavailable: string;
  /** No answer at all: offline, or the server is unreachable. */
  unreachable: string;
  /** The subject's risk that adds up across turns (`{score}`, `{threshold}`, `{percent}`, `{message}` filled in). */
  riskHeading: string;
  riskLoading: string;
  riskEmpty: string;
  riskError: string;
  riskColumnCategory: string;
  riskColumnScore: string;
  riskColumnRaised: string;
  riskColumnTrend: string;
  riskScore: string;
  riskTrend: string;
  riskEscalated: string;
  riskBelow: string;
}

/** Strings for `ReportQueue` in English, Spanish, French and German (moderators are addressed formally). */
export const reportQueueMessages: Catalogue<ReportQueueMessages> = {
  en: {
    base: {
      heading: 'Reports',
      filters: 'Filter reports',
      statusFilter: 'Status',
      reasonFilter: 'Reason',
      severityFilter: 'Severity',
      any: 'Any',
      apply: 'Show',
      statuses: { received: 'Waiting', decided: 'Decided', appealed: 'Appealed' },
      severities: { high: 'High', medium: 'Medium', low: 'Low' },
      actions: {
        'no-action': 'No action',
        'remove-content': 'Remove the content',
        'restrict-content': 'Restrict the content',
        'warn-account': 'Warn the account',
        'suspend-account': 'Suspend the account',
        'terminate-account': 'Close the account',
      },
      scopes: { message: 'This message', conversation: 'The conversation', account: 'The account' },
      bands: { under13: 'Under 13', teen13to15: '13 to 15', teen16to17: '16 to 17', adult: 'Adult' },
      loading: 'Loading reports…',
      empty: 'No reports match.',
      loadMore: 'Load more',
      count: '{count} shown',
      columnReference: 'Reference',
      columnReason: 'Reason',
      columnSeverity: 'Severity',
      columnBand: 'Age band',
      columnStatus: 'Status',
      columnReceived: 'Received',
      open: 'Open {reference}',
      back: 'Back to the list',
      details: 'Reporter’s words',
      excerpt: 'Copy of the message',
      none: 'None given',
      appeal: 'Appeal',
      decide: 'Decision',
      action: 'Action',
      scope: 'Scope',
      territorialScope: 'Territorial scope',
      durationDays: 'Duration in days',
      durationHint: 'Leave empty for no end date.',
      facts: 'Facts and circumstances relied on',
      groundType: 'Ground',
      groundIllegal: 'Illegal content (name the law)',
      groundTerms: 'Terms of service (name the clause)',
      groundNone: 'No violation found',
      groundReference: 'Law or clause',
      groundExplanation: 'Why the content breaks it (or does not)',
      automatedDetection: 'Automated means flagged this content',
      automatedDecision: 'The decision was taken by automated means',
      preserveCse: 'Touches child sexual exploitation: preserve for a year',
      submitDecision: 'Record decision',
      statementHeading: 'Statement of reasons',
      error: 'Something went wrong: {message}',
      unauthorized: 'The moderator token was refused.',
      alreadyDecided: 'This report already has a decision. Reload the list to see it.',
      rateLimited: 'Too many requests in a short time. Wait a minute and try again.',
      unavailable: 'The report service is not available right now. Try again in a few minutes.',
      unreachable: 'The server could not be reached. Check the connection and try again.',
      riskHeading: 'Risk that adds up for this person',
      riskLoading: 'Loading risk…',
      riskEmpty: 'No risk recorded for this person.',
      riskError: 'The risk could not be loaded: {message}',
      riskColumnCategory: 'Category',
      riskColumnScore: 'Score now',
      riskColumnRaised: 'Last raised',
      riskColumnTrend: 'Trend',
      riskScore: '{score} of {threshold} ({percent}%)',
      riskTrend: 'Down from {score} when last raised',
      riskEscalated: 'Reached the threshold: escalated',
      riskBelow: 'Below the threshold',
    },
  },
  es: {
    base: {
      heading: 'Avisos',
      filters: 'Filtrar avisos',
      statusFilter: 'Estado',
      reasonFilter: 'Motivo',
      severityFilter: 'Gravedad',
      any: 'Cualquiera',
      apply: 'Mostrar',
      statuses: { received: 'Pendiente', decided: 'Decidido', appealed: 'Recurrido' },
      severities: { high: 'Alta', medium: 'Media', low: 'Baja' },
      actions: {
        'no-action': 'Ninguna medida',
        'remove-content': 'Retirar el contenido',
        'restrict-content': 'Restringir el contenido',
        'warn-account': 'Advertir a la cuenta',
        'suspend-account': 'Suspender la cuenta',
        'terminate-account': 'Cerrar la cuenta',
      },
      scopes: { message: 'Este mensaje', conversation: 'La conversación', account: 'La cuenta' },
      bands: { under13: 'Menos de 13', teen13to15: 'De 13 a 15', teen16to17: 'De 16 a 17', adult: 'Adulto' },
      loading: 'Cargando avisos…',
      empty: 'Ningún aviso coincide.',
      loadMore: 'Cargar más',
      count: '{count} mostrados',
      columnReference: 'Referencia',
      columnReason: 'Motivo',
      columnSeverity: 'Gravedad',
      columnBand: 'Franja de edad',
      columnStatus: 'Estado',
      columnReceived: 'Recibido',
      open: 'Abrir {reference}',
      back: 'Volver a la lista',
      details: 'Palabras de quien avisa',
      excerpt: 'Copia del mensaje',
      none: 'Nada',
      appeal: 'Recurso',
      decide: 'Decisión',
      action: 'Medida',
      scope: 'Alcance',
      territorialScope: 'Ámbito territorial',
      durationDays: 'Duración en días',
      durationHint: 'Déjalo vacío si no tiene fecha de fin.',
      facts: 'Hechos y circunstancias en que se basa',
      groundType: 'Fundamento',
      groundIllegal: 'Contenido ilícito (indica la ley)',
      groundTerms: 'Condiciones del servicio (indica la cláusula)',
      groundNone: 'No hay infracción',
      groundReference: 'Ley o cláusula',
      groundExplanation: 'Por qué el contenido la infringe (o no)',
      automatedDetection: 'Medios automatizados detectaron este contenido',
      automatedDecision: 'La decisión se tomó por medios automatizados',
      preserveCse: 'Afecta a explotación sexual infantil: conservar un año',
      submitDecision: 'Registrar la decisión',
      statementHeading: 'Declaración de motivos',
      error: 'Algo ha fallado: {message}',
      unauthorized: 'El token de moderación no es válido.',
      alreadyDecided: 'Este aviso ya tiene una decisión. Vuelve a cargar la lista para verla.',
      rateLimited: 'Demasiadas solicitudes en poco tiempo. Espera un minuto y vuelve a intentarlo.',
      unavailable: 'El servicio de avisos no está disponible ahora. Vuelve a intentarlo en unos minutos.',
      unreachable: 'No se puede contactar con el servidor. Comprueba la conexión y vuelve a intentarlo.',
      riskHeading: 'Riesgo acumulado de esta persona',
      riskLoading: 'Cargando el riesgo…',
      riskEmpty: 'No hay riesgo registrado para esta persona.',
      riskError: 'No se pudo cargar el riesgo: {message}',
      riskColumnCategory: 'Categoría',
      riskColumnScore: 'Puntuación actual',
      riskColumnRaised: 'Última subida',
      riskColumnTrend: 'Tendencia',
      riskScore: '{score} de {threshold} ({percent} %)',
      riskTrend: 'Baja desde {score} en la última subida',
      riskEscalated: 'Llegó al umbral: escalado',
      riskBelow: 'Por debajo del umbral',
    },
  },
  fr: {
    base: {
      heading: 'Signalements',
      filters: 'Filtrer les signalements',
      statusFilter: 'Statut',
      reasonFilter: 'Motif',
      severityFilter: 'Gravité',
      any: 'Tous',
      apply: 'Afficher',
      statuses: { received: 'En attente', decided: 'Décidé', appealed: 'Contesté' },
      severities: { high: 'Élevée', medium: 'Moyenne', low: 'Faible' },
      actions: {
        'no-action': 'Aucune mesure',
        'remove-content': 'Retirer le contenu',
        'restrict-content': 'Restreindre le contenu',
        'warn-account': 'Avertir le compte',
        'suspend-account': 'Suspendre le compte',
        'terminate-account': 'Fermer le compte',
      },
      scopes: { message: 'Ce message', conversation: 'La conversation', account: 'Le compte' },
      bands: { under13: 'Moins de 13 ans', teen13to15: '13 à 15 ans', teen16to17: '16 à 17 ans', adult: 'Adulte' },
      loading: 'Chargement des signalements…',
      empty: 'Aucun signalement ne correspond.',
      loadMore: 'Afficher plus',
      count: 'Affichés : {count}',
      columnReference: 'Référence',
      columnReason: 'Motif',
      columnSeverity: 'Gravité',
      columnBand: 'Tranche d’âge',
      columnStatus: 'Statut',
      columnReceived: 'Reçu le',
      open: 'Ouvrir {reference}',
      back: 'Retour à la liste',
      details: 'Mots de la personne qui signale',
      excerpt: 'Copie du message',
      none: 'Non fourni',
      appeal: 'Contestation',
      decide: 'Décision',
      action: 'Mesure',
      scope: 'Portée',
      territorialScope: 'Champ d’application territorial',
      durationDays: 'Durée en jours',
      durationHint: 'Laissez vide s’il n’y a pas de date de fin.',
      facts: 'Faits et circonstances sur lesquels la décision se fonde',
      groundType: 'Motif de la décision',
      groundIllegal: 'Contenu illicite (citez la loi)',
      groundTerms: 'Conditions d’utilisation (citez la clause)',
      groundNone: 'Aucune infraction constatée',
      groundReference: 'Loi ou clause',
      groundExplanation: 'Pourquoi le contenu l’enfreint (ou non)',
      automatedDetection: 'Ce contenu a été repéré par des moyens automatisés',
      automatedDecision: 'La décision a été prise par des moyens automatisés',
      preserveCse: 'Concerne l’exploitation sexuelle d’enfants : conserver un an',
      submitDecision: 'Enregistrer la décision',
      statementHeading: 'Exposé des motifs',
      error: 'Une erreur s’est produite : {message}',
      unauthorized: 'Le jeton de modération a été refusé.',
      alreadyDecided: 'Ce signalement a déjà une décision. Rechargez la liste pour la voir.',
      rateLimited: 'Trop de requêtes en peu de temps. Attendez une minute puis réessayez.',
      unavailable: 'Le service de signalement n’est pas disponible pour le moment. Réessayez dans quelques minutes.',
      unreachable: 'Le serveur est injoignable. Vérifiez la connexion puis réessayez.',
      riskHeading: 'Risque cumulé pour cette personne',
      riskLoading: 'Chargement du risque…',
      riskEmpty: 'Aucun risque enregistré pour cette personne.',
      riskError: 'Le risque n’a pas pu être chargé : {message}',
      riskColumnCategory: 'Catégorie',
      riskColumnScore: 'Score actuel',
      riskColumnRaised: 'Dernière hausse',
      riskColumnTrend: 'Tendance',
      riskScore: '{score} sur {threshold} ({percent} %)',
      riskTrend: 'En baisse, contre {score} à la dernière hausse',
      riskEscalated: 'Seuil atteint : escaladé',
      riskBelow: 'Sous le seuil',
    },
  },
  de: {
    base: {
      heading: 'Meldungen',
      filters: 'Meldungen filtern',
      statusFilter: 'Status',
      reasonFilter: 'Grund',
      severityFilter: 'Schweregrad',
      any: 'Alle',
      apply: 'Anzeigen',
      statuses: { received: 'Offen', decided: 'Entschieden', appealed: 'Angefochten' },
      severities: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
      actions: {
        'no-action': 'Keine Maßnahme',
        'remove-content': 'Inhalt entfernen',
        'restrict-content': 'Inhalt einschränken',
        'warn-account': 'Konto verwarnen',
        'suspend-account': 'Konto sperren',
        'terminate-account': 'Konto schließen',
      },
      scopes: { message: 'Diese Nachricht', conversation: 'Die Unterhaltung', account: 'Das Konto' },
      bands: { under13: 'Unter 13', teen13to15: '13 bis 15', teen16to17: '16 bis 17', adult: 'Erwachsen' },
      loading: 'Meldungen werden geladen…',
      empty: 'Keine Meldung passt.',
      loadMore: 'Mehr laden',
      count: 'Angezeigt: {count}',
      columnReference: 'Vorgangsnummer',
      columnReason: 'Grund',
      columnSeverity: 'Schweregrad',
      columnBand: 'Altersgruppe',
      columnStatus: 'Status',
      columnReceived: 'Eingegangen',
      open: '{reference} öffnen',
      back: 'Zurück zur Liste',
      details: 'Worte der meldenden Person',
      excerpt: 'Kopie der Nachricht',
      none: 'Keine Angabe',
      appeal: 'Beschwerde',
      decide: 'Entscheidung',
      action: 'Maßnahme',
      scope: 'Umfang',
      territorialScope: 'Räumlicher Geltungsbereich',
      durationDays: 'Dauer in Tagen',
      durationHint: 'Lassen Sie das Feld leer, wenn es kein Enddatum gibt.',
      facts: 'Zugrunde gelegte Tatsachen und Umstände',
      groundType: 'Grundlage',
      groundIllegal: 'Rechtswidriger Inhalt (nennen Sie das Gesetz)',
      groundTerms: 'Nutzungsbedingungen (nennen Sie die Klausel)',
      groundNone: 'Kein Verstoß festgestellt',
      groundReference: 'Gesetz oder Klausel',
      groundExplanation: 'Warum der Inhalt dagegen verstößt (oder nicht)',
      automatedDetection: 'Dieser Inhalt wurde mit automatisierten Mitteln erkannt',
      automatedDecision: 'Die Entscheidung wurde mit automatisierten Mitteln getroffen',
      preserveCse: 'Betrifft sexuelle Ausbeutung von Kindern: ein Jahr aufbewahren',
      submitDecision: 'Entscheidung speichern',
      statementHeading: 'Begründung',
      error: 'Etwas ist schiefgegangen: {message}',
      unauthorized: 'Das Moderationstoken wurde abgelehnt.',
      alreadyDecided: 'Diese Meldung wurde schon entschieden. Laden Sie die Liste neu, um die Entscheidung zu sehen.',
      rateLimited: 'Zu viele Anfragen in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es erneut.',
      unavailable: 'Der Meldedienst ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.',
      unreachable: 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
      riskHeading: 'Aufsummiertes Risiko dieser Person',
      riskLoading: 'Risiko wird geladen…',
      riskEmpty: 'Für diese Person ist kein Risiko erfasst.',
      riskError: 'Das Risiko konnte nicht geladen werden: {message}',
      riskColumnCategory: 'Kategorie',
      riskColumnScore: 'Aktueller Wert',
      riskColumnRaised: 'Zuletzt erhöht',
      riskColumnTrend: 'Verlauf',
      riskScore: '{score} von {threshold} ({percent} %)',
      riskTrend: 'Gesunken von {score} bei der letzten Erhöhung',
      riskEscalated: 'Schwelle erreicht: eskaliert',
      riskBelow: 'Unter der Schwelle',
    },
  },
};
