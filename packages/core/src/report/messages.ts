import type { Catalogue } from '../i18n/catalogue.js';
import type { ReportReason } from './reasons.js';

/** Every string the report button and its dialog show. `{reference}` and `{message}` are filled in. */
export interface ReportMessages {
  /** Accessible name of the button on a chat message. */
  messageTrigger: string;
  /** Visible text of the button on a chat message (short). */
  messageTriggerShort: string;
  /** The general entry. */
  generalTrigger: string;
  title: string;
  description: string;
  reasonLegend: string;
  reasons: Record<ReportReason, string>;
  reasonRequired: string;
  detailsLabel: string;
  detailsHint: string;
  includeMessage: string;
  includeMessageHint: string;
  messagePreviewLabel: string;
  goodFaith: string;
  goodFaithRequired: string;
  noContactNeeded: string;
  submit: string;
  submitting: string;
  cancel: string;
  close: string;
  sentTitle: string;
  sentBody: string;
  referenceLabel: string;
  nextSteps: string;
  queuedTitle: string;
  queuedBody: string;
  rejectedTitle: string;
  rejectedBody: string;
  tryAgain: string;
  crisisIntro: string;
  closeLabel: string;
}

const EN_REASONS: Record<ReportReason, string> = {
  'self-harm': 'Someone might hurt themselves',
  sexual: 'Sexual or rude content',
  grooming: 'Someone is asking for secrets, photos or to meet',
  bullying: 'Bullying or being mean',
  violence: 'Violence or threats',
  'personal-info': 'Sharing personal information',
  scary: 'Something scary or upsetting',
  other: 'Something else',
};

const ES_REASONS: Record<ReportReason, string> = {
  'self-harm': 'Alguien podría hacerse daño',
  sexual: 'Contenido sexual o grosero',
  grooming: 'Alguien pide secretos, fotos o quedar en persona',
  bullying: 'Acoso o burlas',
  violence: 'Violencia o amenazas',
  'personal-info': 'Compartir datos personales',
  scary: 'Algo que da miedo o molesta',
  other: 'Otra cosa',
};

/** Strings for `ReportButton`, English and Spanish, with simpler words for younger bands. */
export const reportMessages: Catalogue<ReportMessages> = {
  en: {
    base: {
      messageTrigger: 'Report this message',
      messageTriggerShort: 'Report',
      generalTrigger: 'Report a problem',
      title: 'Report a problem',
      description: 'Your report goes to the people who keep this app safe. You do not need to give your name.',
      reasonLegend: 'What is wrong?',
      reasons: EN_REASONS,
      reasonRequired: 'Choose what is wrong.',
      detailsLabel: 'Anything else you want to tell us? (optional)',
      detailsHint: 'Please do not write your name, address or phone number.',
      includeMessage: 'Send a copy of the message',
      includeMessageHint: 'Names, phone numbers and other personal details are taken out before it is sent.',
      messagePreviewLabel: 'The copy that will be sent',
      goodFaith: 'I believe the information in this report is accurate and complete.',
      goodFaithRequired: 'Confirm that you believe the report is accurate and complete.',
      noContactNeeded: 'We will never ask for your contact details.',
      submit: 'Send report',
      submitting: 'Sending…',
      cancel: 'Cancel',
      close: 'Close',
      sentTitle: 'Thank you for telling us',
      sentBody: 'We got your report.',
      referenceLabel: 'Your reference number',
      nextSteps:
        'A person on our safety team will look at it. Keep the reference number: with it you can see what we decided and ask us to look again.',
      queuedTitle: 'Your report is saved',
      queuedBody:
        'We could not reach our server just now. Your report is saved on this device and will be sent as soon as the connection is back.',
      rejectedTitle: 'The report was not sent',
      rejectedBody: 'The server said: {message}',
      tryAgain: 'Change and send again',
      crisisIntro: 'If you feel unsafe or want to talk to someone right now, these people can help:',
      closeLabel: 'Close the report window',
    },
    bands: {
      under13: {
        description:
          'Tell us what happened. A grown-up on our safety team will read it. You do not need to say your name.',
        reasonLegend: 'What happened?',
        reasonRequired: 'Pick what happened.',
        detailsLabel: 'Want to tell us more? (you can skip this)',
        detailsHint: 'Do not write your name, address or phone number.',
        includeMessageHint: 'We take out names, phone numbers and other private things first.',
        sentTitle: 'Thank you for telling us',
        sentBody: 'You did the right thing.',
        nextSteps:
          'A grown-up on our safety team will look at it. You can also tell a parent, carer or teacher. Keep this number to ask what happened next.',
        queuedTitle: 'We saved your report',
        queuedBody: 'The internet is not working right now. We will send your report as soon as it is back.',
        crisisIntro: 'If you feel scared or unsafe, talk to a grown-up you trust, or call one of these:',
      },
      teen13to15: {
        nextSteps:
          'Someone on our safety team will look at it. You can also talk to a trusted adult. Keep the reference number to check what we decided.',
      },
      adult: {
        description:
          'Your notice goes to our trust and safety team. You will get a reference number to follow the decision and contest it.',
        nextSteps:
          'Our trust and safety team will review it and record a decision with a statement of reasons. With the reference number you can read the decision and ask for a review within six months.',
      },
    },
  },
  es: {
    base: {
      messageTrigger: 'Denunciar este mensaje',
      messageTriggerShort: 'Denunciar',
      generalTrigger: 'Avisar de un problema',
      title: 'Avisar de un problema',
      description:
        'Tu aviso llega a las personas que cuidan la seguridad de esta app. No hace falta que digas tu nombre.',
      reasonLegend: '¿Qué pasa?',
      reasons: ES_REASONS,
      reasonRequired: 'Elige qué pasa.',
      detailsLabel: '¿Quieres contarnos algo más? (opcional)',
      detailsHint: 'No escribas tu nombre, dirección ni teléfono.',
      includeMessage: 'Enviar una copia del mensaje',
      includeMessageHint: 'Antes de enviarla quitamos nombres, teléfonos y otros datos personales.',
      messagePreviewLabel: 'La copia que se enviará',
      goodFaith: 'Creo que la información de este aviso es exacta y completa.',
      goodFaithRequired: 'Confirma que crees que el aviso es exacto y completo.',
      noContactNeeded: 'Nunca te pediremos tus datos de contacto.',
      submit: 'Enviar aviso',
      submitting: 'Enviando…',
      cancel: 'Cancelar',
      close: 'Cerrar',
      sentTitle: 'Gracias por contárnoslo',
      sentBody: 'Hemos recibido tu aviso.',
      referenceLabel: 'Tu número de referencia',
      nextSteps:
        'Una persona de nuestro equipo de seguridad lo revisará. Guarda el número de referencia: con él puedes ver qué decidimos y pedirnos que lo revisemos otra vez.',
      queuedTitle: 'Tu aviso está guardado',
      queuedBody:
        'Ahora no hemos podido conectar con el servidor. Tu aviso está guardado en este dispositivo y se enviará en cuanto vuelva la conexión.',
      rejectedTitle: 'El aviso no se ha enviado',
      rejectedBody: 'El servidor ha dicho: {message}',
      tryAgain: 'Cambiar y enviar otra vez',
      crisisIntro: 'Si no te sientes a salvo o quieres hablar con alguien ahora, estas personas pueden ayudarte:',
      closeLabel: 'Cerrar la ventana del aviso',
    },
    bands: {
      under13: {
        description:
          'Cuéntanos qué ha pasado. Lo leerá una persona adulta de nuestro equipo. No hace falta que digas tu nombre.',
        reasonLegend: '¿Qué ha pasado?',
        reasonRequired: 'Elige qué ha pasado.',
        detailsLabel: '¿Quieres contarnos más? (puedes saltarlo)',
        includeMessageHint: 'Primero quitamos nombres, teléfonos y otras cosas privadas.',
        sentBody: 'Has hecho lo correcto.',
        nextSteps:
          'Una persona adulta de nuestro equipo lo revisará. También puedes contárselo a tu madre, padre, a quien te cuida o a un profe. Guarda este número para saber qué pasó después.',
        queuedTitle: 'Hemos guardado tu aviso',
        queuedBody: 'Internet no funciona ahora. Enviaremos tu aviso en cuanto vuelva.',
        crisisIntro: 'Si tienes miedo o no te sientes a salvo, habla con una persona adulta de confianza o llama a:',
      },
      teen13to15: {
        nextSteps:
          'Alguien de nuestro equipo de seguridad lo revisará. También puedes hablar con una persona adulta de confianza. Guarda el número de referencia para ver qué decidimos.',
      },
      adult: {
        description:
          'Tu aviso llega a nuestro equipo de confianza y seguridad. Recibirás un número de referencia para seguir la decisión y recurrirla.',
        nextSteps:
          'Nuestro equipo lo revisará y registrará una decisión con una declaración de motivos. Con el número de referencia puedes leer la decisión y pedir una revisión en un plazo de seis meses.',
      },
    },
  },
};
