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

/** Strings for `ReportQueue`, English and Spanish. */
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
};
