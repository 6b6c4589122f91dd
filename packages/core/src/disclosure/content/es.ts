import type { LocaleMessages } from '../../i18n/catalogue.js';
import type { DisclosureText, DisclosureUiMessages } from '../types.js';

const under13: DisclosureText = {
  title: 'Estás hablando con una IA',
  sections: [
    {
      id: 'ai',
      heading: 'No soy una persona',
      body: 'Soy una IA, es decir, un programa que escribe respuestas. No soy una persona de verdad, aunque a veces lo parezca. No tengo sentimientos y no puedo ser tu amigo en la vida real.',
    },
    {
      id: 'mistakes',
      heading: 'Me puedo equivocar',
      body: 'A veces me equivoco o me invento cosas. Si algo es importante, pregúntaselo a tu familia, a un adulto de confianza o a tu maestro o maestra.',
    },
    {
      id: 'privacy',
      heading: 'Lo tuyo es privado',
      body: 'No me digas tu nombre completo, tu escuela, dónde vives ni tu número de teléfono. No mandes fotos tuyas. Lo que envías ya no lo puedes borrar, y otras personas podrían verlo.',
    },
    {
      id: 'messages',
      heading: '¿Qué pasa con lo que escribes?',
      body: 'Tus mensajes llegan a un sistema que escribe mis respuestas. También los revisan herramientas de seguridad para cuidarte. {retention}',
    },
    {
      id: 'help',
      heading: 'Si necesitas ayuda',
      body: 'Si algo te pone triste o te da miedo, para y cuéntaselo a un adulto de confianza. También puedes avisar de un mensaje a quienes llevan esta app con el botón «{reportButton}» que tiene al lado. Si estás en peligro, llama al número de emergencias.',
    },
    {
      id: 'suitability',
      heading: 'No es para todos los niños',
      body: 'Puede que esta app no sea buena para algunos niños y niñas. Pregunta a un adulto si está bien que la uses. Puedes parar cuando quieras.',
    },
  ],
  retention: {
    unknown: 'Las personas que llevan esta app deciden cuánto tiempo los guardan. Un adulto puede mirarlo contigo.',
    days: {
      one: 'Esta app guarda tus mensajes 1 día. Después los borra.',
      other: 'Esta app guarda tus mensajes {days} días. Después los borra.',
    },
    none: 'Esta app no guarda tus mensajes cuando termina el chat.',
  },
};

const teen13to15: DisclosureText = {
  title: 'Estás chateando con una IA',
  sections: [
    {
      id: 'ai',
      heading: 'Es una IA, no una persona',
      body: 'Este asistente es una IA: un programa que escribe las respuestas por sí solo. No es una persona real, aunque suene cercano o amable. No tiene sentimientos y no puede ser un amigo de verdad.',
    },
    {
      id: 'mistakes',
      heading: 'Puede equivocarse',
      body: 'Una IA puede sonar muy segura y aun así equivocarse, y a veces se inventa cosas. Comprueba lo importante (salud, deberes, seguridad) con un adulto de confianza o con un profesor.',
    },
    {
      id: 'privacy',
      heading: 'Tus datos, para ti',
      body: 'No compartas tu nombre completo, tu escuela, tu dirección, tu teléfono ni fotos tuyas. Una vez enviados no los puedes recuperar, y alguien podría usarlos para encontrarte o hacerte daño.',
    },
    {
      id: 'messages',
      heading: 'Qué pasa con tus mensajes',
      body: 'Tus mensajes se envían a un sistema que genera las respuestas, y unas herramientas de seguridad los revisan para protegerte. {retention}',
    },
    {
      id: 'help',
      heading: 'Pedir ayuda y avisar',
      body: 'Si algo te preocupa o te hace sentir mal, para y habla con un adulto de confianza. Puedes avisar de cualquier mensaje al equipo de esta app con el botón «{reportButton}» que tiene al lado. Si estás en peligro, llama al número de emergencias.',
    },
    {
      id: 'suitability',
      heading: 'No es para todo el mundo',
      body: 'Chatear con una IA puede no ser adecuado para algunas personas de tu edad. Haz pausas y déjalo si te hace sentir peor.',
    },
  ],
  retention: {
    unknown: 'La empresa que gestiona esta app decide cuánto tiempo los guarda; lo explica en su aviso de privacidad.',
    days: {
      one: 'Esta app guarda tus mensajes durante 1 día y después los borra.',
      other: 'Esta app guarda tus mensajes durante {days} días y después los borra.',
    },
    none: 'Esta app no guarda tus mensajes cuando termina el chat.',
  },
};

const teen16to17: DisclosureText = {
  title: 'Esto es una IA, no una persona',
  sections: [
    {
      id: 'ai',
      heading: 'Una IA, no un ser humano',
      body: 'Estás hablando con un sistema de inteligencia artificial, no con un ser humano. Sus respuestas se generan de forma automática, aunque parezcan personales o empáticas. No tiene sentimientos ni puede sustituir a las relaciones reales.',
    },
    {
      id: 'mistakes',
      heading: 'Comete errores',
      body: 'Una IA puede equivocarse con total seguridad o inventarse datos. Contrasta lo que de verdad importe (salud, dinero, temas legales o estudios) con un adulto de confianza, un profesor o una fuente fiable.',
    },
    {
      id: 'privacy',
      heading: 'Protege tu información personal',
      body: 'Evita compartir tu nombre completo, tu centro de estudios, tu dirección, tu teléfono o fotos tuyas. Son datos que te identifican y, una vez enviados, no controlas dónde acaban.',
    },
    {
      id: 'messages',
      heading: 'Qué pasa con tus mensajes',
      body: 'Tus mensajes se envían a un servicio de IA para generar las respuestas y pasan por sistemas de seguridad. {retention}',
    },
    {
      id: 'help',
      heading: 'Ayuda y avisos',
      body: 'Si una conversación te afecta o algo no te cuadra, habla con alguien de confianza. Puedes avisar de cualquier mensaje al equipo que gestiona esta app con el botón «{reportButton}» que tiene al lado. En una emergencia, llama al número de emergencias.',
    },
    {
      id: 'suitability',
      heading: 'No es adecuada para todo el mundo',
      body: 'Los chats con IA pueden no ser adecuados para algunos menores. Haz descansos y desconecta si notas que afectan a tu ánimo, a tu sueño o a tus relaciones.',
    },
  ],
  retention: {
    unknown:
      'Cuánto tiempo se conservan depende de la empresa que gestiona esta app; su aviso de privacidad da los detalles.',
    days: {
      one: 'Esta app conserva tus mensajes durante 1 día y después los elimina.',
      other: 'Esta app conserva tus mensajes durante {days} días y después los elimina.',
    },
    none: 'Esta app no conserva tus mensajes cuando termina el chat.',
  },
};

const adult: DisclosureText = {
  title: 'Sobre este asistente de IA',
  sections: [
    { id: 'ai', heading: 'Una IA, no una persona', body: 'Estás chateando con un sistema de IA, no con una persona.' },
    {
      id: 'mistakes',
      heading: 'Fiabilidad',
      body: 'Las respuestas pueden ser incorrectas o inventadas. Comprueba lo importante, sobre todo la información médica, legal o económica.',
    },
    {
      id: 'messages',
      heading: 'Tus mensajes',
      body: 'Los mensajes se procesan en un servicio de IA para generar respuestas y pasan por filtros de seguridad. Evita compartir datos personales sensibles. {retention}',
    },
    {
      id: 'help',
      heading: 'Avisos',
      body: 'Puedes informar de cualquier respuesta al equipo que gestiona esta app con el botón «{reportButton}» que tiene al lado.',
    },
  ],
  retention: {
    unknown: 'El plazo de conservación lo fija quien gestiona esta app; consulta su aviso de privacidad.',
    days: {
      one: 'Los mensajes se conservan 1 día y después se eliminan.',
      other: 'Los mensajes se conservan {days} días y después se eliminan.',
    },
    none: 'Los mensajes no se conservan cuando termina el chat.',
  },
};

export const es: LocaleMessages<DisclosureText> = { base: teen13to15, bands: { under13, teen16to17, adult } };

export const esUi: LocaleMessages<DisclosureUiMessages> = {
  base: {
    acknowledge: 'Entendido',
    close: 'Cerrar',
    trigger: 'Sobre esta IA',
    reminderTitle: 'Un recordatorio: esto es una IA',
    reminderBody:
      'Llevas un buen rato chateando. Te recordamos que hablas con una IA, no con una persona. Quizá sea buen momento para un descanso: estírate, bebe agua o habla con alguien que conozcas.',
    keepChatting: 'Seguir chateando',
    takeBreak: 'Tomarme un descanso',
    readAgain: 'Leer sobre esta IA',
  },
  bands: {
    under13: {
      acknowledge: 'Vale, lo entiendo',
      reminderTitle: 'Recuerda: no soy una persona',
      reminderBody:
        'Llevas un rato chateando. Soy un programa, no una persona. ¿Qué tal un descanso? Puedes estirarte, beber agua o ir a jugar.',
    },
    teen16to17: {
      reminderBody:
        'Llevas un buen rato chateando. Te recordamos que hablas con una IA, no con una persona. Plantéate hacer una pausa: muévete, bebe agua o habla con alguien.',
    },
    adult: {
      acknowledge: 'Continuar',
      reminderTitle: 'Recordatorio: esto es una IA',
      reminderBody: 'Llevas un rato chateando. Esto es una IA, no una persona. Plantéate hacer una pausa.',
    },
  },
};
