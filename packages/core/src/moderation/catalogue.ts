import type { Catalogue } from '../i18n/catalogue.js';
import type { PIIType } from '../safety/types.js';

/** Every string the moderation pipeline shows a child. */
export interface ModerationMessages {
  /**
   * Each kind of personal information in words that fit the `removed`
   * sentence, with the child's possessive or an article ("your phone number").
   */
  labels: Record<PIIType, string>;
  /** Labels for a kind found more than once ("your phone numbers"); a kind without one uses its label. */
  labelsMany?: Partial<Record<PIIType, string>>;
  /** Says what was taken out, in words: `{items}` is the list of labels ("your phone number and your home address"). */
  removed: string;
  /** Joins the last two items of a list. */
  and: string;
  blocked: Record<'sexual' | 'profanity' | 'substances' | 'default', string> &
    Partial<Record<'roleplay' | 'graphic', string>>;
  escalated: Record<'self-harm' | 'grooming' | 'abuse' | 'violence' | 'default', string> &
    Partial<Record<'eating-disorder' | 'sextortion' | 'friend-in-danger' | 'dangerous-activity', string>>;
  /** When a hook fails and the message is held back. */
  hookFailed: string;
  /** When a message is longer than the band allows; `{max}` is the limit in characters. */
  tooLong: string;
}

/**
 * Moderation strings in English and Spanish, with simpler words for
 * under-13s.
 *
 * @example
 * const t = pickMessages(moderationMessages, 'es', 'under13');
 */
export const moderationMessages: Catalogue<ModerationMessages> = {
  en: {
    base: {
      labels: {
        name: 'your name',
        email: 'your email address',
        phone: 'your phone number',
        address: 'your home address',
        school: 'your school’s name',
        handle: 'a username',
        url: 'a link to a profile',
        birthdate: 'your date of birth',
        id_number: 'an ID number',
        card: 'a payment card number',
        ip: 'an IP address',
        geo: 'your location',
      },
      labelsMany: {
        name: 'names',
        email: 'your email addresses',
        phone: 'your phone numbers',
        address: 'addresses',
        school: 'school names',
        handle: 'usernames',
        url: 'links to profiles',
        id_number: 'ID numbers',
        card: 'payment card numbers',
        ip: 'IP addresses',
        geo: 'locations',
      },
      removed: 'We took out {items} before sending, to keep your details private.',
      and: 'and',
      blocked: {
        sexual: 'This message wasn’t sent because sexual content isn’t allowed here.',
        profanity: 'This message wasn’t sent because it has language that isn’t allowed here.',
        substances: 'This message wasn’t sent because we can’t help with getting drugs, alcohol or vapes.',
        roleplay: 'This message wasn’t sent: I’m an AI, not a person, so I can’t be anyone’s boyfriend or girlfriend.',
        graphic: 'This message wasn’t sent because gory or violent details aren’t allowed here.',
        default: 'This message wasn’t sent because it goes against the chat rules.',
      },
      escalated: {
        'self-harm':
          'It sounds like you’re going through something really hard. You’re not alone, and help is here now.',
        grooming: 'What you described isn’t okay and it isn’t your fault. Someone you trust can help you stay safe.',
        abuse: 'No one is allowed to hurt you. It isn’t your fault, and there are people who can help.',
        violence: 'It sounds like things feel really intense right now. Let’s find someone who can help.',
        'eating-disorder':
          'It sounds like food and your body are weighing on you. You deserve support, and people can help.',
        sextortion:
          'This is not your fault, and you are not in trouble. Don’t pay or send anything more: help is here now.',
        'friend-in-danger':
          'Thank you for looking out for your friend. Tell a trusted adult now; these lines can help.',
        'dangerous-activity': 'That could seriously hurt you. Please don’t try it; talk to someone you trust.',
        default: 'This sounds serious. You don’t have to handle it alone; help is here.',
      },
      hookFailed: 'We couldn’t check this message, so it wasn’t sent. Please try again.',
      tooLong: 'This message is too long to send. Please keep it under {max} characters.',
    },
    bands: {
      under13: {
        labels: {
          name: 'your name',
          email: 'your email address',
          phone: 'your phone number',
          address: 'where you live',
          school: 'the name of your school',
          handle: 'a username',
          url: 'a link',
          birthdate: 'your birthday',
          id_number: 'an ID number',
          card: 'a bank card number',
          ip: 'a computer address',
          geo: 'where you are',
        },
        removed: 'We took out {items} to keep you safe.',
        blocked: {
          sexual: 'That message can’t be sent here. Try asking something else.',
          profanity: 'That message has words we don’t use here. Try saying it another way.',
          substances: 'We can’t help with getting drugs, alcohol or vapes. Try asking something else.',
          default: 'That message can’t be sent here.',
        },
        escalated: {
          'self-harm': 'It sounds like you feel really bad. You’re not alone. Let’s find someone who can help.',
          grooming: 'Thank you for telling me. This is not your fault. Please tell a grown-up you trust.',
          abuse: 'No one should hurt you. It is not your fault. A grown-up you trust can help.',
          violence: 'It sounds like you’re really upset. Let’s talk to someone who can help.',
          default: 'This sounds serious. A grown-up you trust can help.',
        },
        hookFailed: 'Something went wrong, so your message wasn’t sent. Please try again.',
        tooLong: 'That message is too long. Try saying it in fewer words (up to {max} letters).',
      },
    },
  },
  es: {
    base: {
      labels: {
        name: 'tu nombre',
        email: 'tu correo electrónico',
        phone: 'tu número de teléfono',
        address: 'tu dirección',
        school: 'el nombre de tu escuela',
        handle: 'un nombre de usuario',
        url: 'un enlace a un perfil',
        birthdate: 'tu fecha de nacimiento',
        id_number: 'un número de identificación',
        card: 'un número de tarjeta',
        ip: 'una dirección IP',
        geo: 'tu ubicación',
      },
      labelsMany: {
        name: 'nombres',
        email: 'tus correos electrónicos',
        phone: 'tus números de teléfono',
        address: 'direcciones',
        school: 'nombres de escuelas',
        handle: 'nombres de usuario',
        url: 'enlaces a perfiles',
        id_number: 'números de identificación',
        card: 'números de tarjeta',
        ip: 'direcciones IP',
        geo: 'ubicaciones',
      },
      removed: 'Quitamos {items} antes de enviar el mensaje, para proteger tu privacidad.',
      and: 'y',
      blocked: {
        sexual: 'Este mensaje no se envió porque aquí no se permite contenido sexual.',
        profanity: 'Este mensaje no se envió porque tiene palabras que aquí no se permiten.',
        substances: 'Este mensaje no se envió porque no podemos ayudar a conseguir drogas, alcohol ni vapeadores.',
        roleplay: 'Este mensaje no se envió: soy una IA, no una persona, así que no puedo ser novio ni novia de nadie.',
        graphic: 'Este mensaje no se envió porque aquí no se permiten detalles sangrientos o violentos.',
        default: 'Este mensaje no se envió porque va contra las reglas del chat.',
      },
      escalated: {
        'self-harm': 'Parece que estás pasando por algo muy difícil. No estás solo ni sola, y hay ayuda ahora mismo.',
        grooming: 'Lo que cuentas no está bien y no es tu culpa. Alguien de confianza puede ayudarte a estar a salvo.',
        abuse: 'Nadie tiene derecho a hacerte daño. No es tu culpa y hay personas que pueden ayudarte.',
        violence: 'Parece que las cosas se sienten muy intensas ahora. Busquemos a alguien que pueda ayudar.',
        'eating-disorder': 'Parece que la comida y tu cuerpo te pesan mucho. Mereces apoyo, y hay personas que ayudan.',
        sextortion: 'No es tu culpa y no estás en problemas. No pagues ni envíes nada más: aquí hay ayuda ahora.',
        'friend-in-danger':
          'Gracias por cuidar a tu amigo o amiga. Cuéntaselo ya a un adulto de confianza; estas líneas ayudan.',
        'dangerous-activity':
          'Eso podría hacerte mucho daño. Por favor, no lo intentes; habla con alguien de confianza.',
        default: 'Esto suena serio. No tienes que enfrentarlo solo ni sola; aquí hay ayuda.',
      },
      hookFailed: 'No pudimos revisar este mensaje, así que no se envió. Inténtalo de nuevo.',
      tooLong: 'Este mensaje es demasiado largo para enviarlo. Escríbelo en menos de {max} caracteres.',
    },
    bands: {
      under13: {
        labels: {
          name: 'tu nombre',
          email: 'tu correo electrónico',
          phone: 'tu número de teléfono',
          address: 'dónde vives',
          school: 'el nombre de tu escuela',
          handle: 'un nombre de usuario',
          url: 'un enlace',
          birthdate: 'tu cumpleaños',
          id_number: 'un número de identificación',
          card: 'un número de tarjeta del banco',
          ip: 'la dirección de la computadora',
          geo: 'dónde estás',
        },
        removed: 'Quitamos {items} para cuidarte.',
        blocked: {
          sexual: 'Ese mensaje no se puede enviar aquí. Prueba a preguntar otra cosa.',
          profanity: 'Ese mensaje tiene palabras que no usamos aquí. Prueba a decirlo de otra forma.',
          substances: 'No podemos ayudar a conseguir drogas, alcohol ni vapeadores. Prueba a preguntar otra cosa.',
          default: 'Ese mensaje no se puede enviar aquí.',
        },
        escalated: {
          'self-harm': 'Parece que te sientes muy mal. No estás solo ni sola. Busquemos a alguien que pueda ayudarte.',
          grooming: 'Gracias por contármelo. No es tu culpa. Cuéntaselo a un adulto de confianza.',
          abuse: 'Nadie debe hacerte daño. No es tu culpa. Un adulto de confianza puede ayudarte.',
          violence: 'Parece que estás muy enojado o enojada. Hablemos con alguien que pueda ayudar.',
          default: 'Esto suena serio. Un adulto de confianza puede ayudarte.',
        },
        hookFailed: 'Algo salió mal y tu mensaje no se envió. Inténtalo de nuevo.',
        tooLong: 'Ese mensaje es muy largo. Intenta decirlo con menos palabras (hasta {max} letras).',
      },
    },
  },
};
