// The amend page's own words, English and Spanish. The form inside is the application's, in the
// SDK's catalogs.
export const AMEND_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    title: 'Change your endorsement application',
    loading: 'Opening your application…',
    intro:
      'Your application {reference} came back to you with the status: {status}. Change what is asked below, check your answers and send it again: it becomes a new version of the same application and joins the next review cycle.',
    message: 'Message from the {contact}:',
    saved: 'Your changes are saved on this device as you type. This link works until {date}, and once.',
    'error.invalid_link':
      'This link is not valid. It may be incomplete, or a newer link replaced it: open the link in the latest mail about your application, or contact the coordinator who wrote to you.',
    'error.link_closed':
      'This link was used already: your changed application was sent, or its status changed since. To change it again, contact the coordinator who wrote to you.',
    'error.link_expired': 'This link has expired. Contact the coordinator who wrote to you for a new one.',
    'error.rate_limited': 'Too many tries in a short time. Wait a minute, then reload this page.',
    'error.unreachable': 'The server could not be reached. Check your connection, then reload this page.',
    'error.error': 'Your application could not be opened. Reload this page, or contact the coordinator who wrote to you.',
    'receipt.title': 'Your changed application was received',
    'receipt.line': 'Version {version} of your application {reference} was received on {date}.',
    'receipt.next':
      'It joins the next review cycle. A confirmation is on its way to your email address; you can check the status with your reference and that address.',
  },
  es: {
    title: 'Modifique su solicitud de Respaldo',
    loading: 'Abriendo su solicitud…',
    intro:
      'Su solicitud {reference} le fue devuelta con el estado: {status}. Cambie lo que se le pide abajo, revise sus respuestas y envíela de nuevo: será una nueva versión de la misma solicitud y entrará en el próximo ciclo de revisión.',
    message: 'Mensaje de su {contact}:',
    saved: 'Sus cambios se guardan en este dispositivo mientras escribe. Este enlace funciona hasta el {date}, y una sola vez.',
    'error.invalid_link':
      'Este enlace no es válido. Puede estar incompleto, o un enlace más reciente lo reemplazó: abra el enlace del último correo sobre su solicitud, o comuníquese con la persona coordinadora que le escribió.',
    'error.link_closed':
      'Este enlace ya se usó: su solicitud modificada se envió, o su estado cambió desde entonces. Para modificarla de nuevo, comuníquese con la persona coordinadora que le escribió.',
    'error.link_expired': 'Este enlace venció. Pida uno nuevo a la persona coordinadora que le escribió.',
    'error.rate_limited': 'Demasiados intentos en poco tiempo. Espere un minuto y vuelva a cargar esta página.',
    'error.unreachable': 'No se pudo conectar con el servidor. Revise su conexión y vuelva a cargar esta página.',
    'error.error': 'No se pudo abrir su solicitud. Vuelva a cargar esta página, o comuníquese con la persona coordinadora que le escribió.',
    'receipt.title': 'Recibimos su solicitud modificada',
    'receipt.line': 'La versión {version} de su solicitud {reference} se recibió el {date}.',
    'receipt.next':
      'Entra en el próximo ciclo de revisión. Le enviamos una confirmación a su correo electrónico; puede consultar el estado con su referencia y esa dirección.',
  },
};
