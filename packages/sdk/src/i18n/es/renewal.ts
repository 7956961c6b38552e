/** Mensajes de `evaluateRenewal` (ver ../en/renewal.ts). */
export const renewalEs: Readonly<Record<string, string>> = {
  'renewal.exempt': 'Su primera renovación después del respaldo no pide horas: solo su membresía y las declaraciones.',
  'renewal.training-hours.met': '{have} horas de capacitación basada en relaciones desde el {since}.',
  'renewal.training-hours.missing': 'Faltan {missing} horas de capacitación basada en relaciones desde el {since} (de {need}).',
  'renewal.training-dei.met': '{have} horas de capacitación en diversidad, equidad e inclusión.',
  'renewal.training-dei.missing': 'Faltan {missing} horas de capacitación en diversidad, equidad e inclusión (de {need}).',
  'renewal.training-rsc-provision.met': '{have} horas de capacitación sobre cómo brindar supervisión reflexiva.',
  'renewal.training-rsc-provision.missing':
    'Faltan {missing} horas de capacitación sobre cómo brindar supervisión reflexiva, ya que usted la brinda (de {need}).',
  'renewal.rsc-hours.met': '{have} horas de supervisión/consulta reflexiva recibidas desde el {since}.',
  'renewal.rsc-hours.missing': 'Faltan {missing} horas de supervisión/consulta reflexiva recibidas desde el {since} (de {need}).',
  'renewal.training-hours.met.one': '{have} hora de capacitación basada en relaciones desde el {since}.',
  'renewal.training-hours.missing.one': 'Falta {missing} hora de capacitación basada en relaciones desde el {since} (de {need}).',
  'renewal.training-dei.met.one': '{have} hora de capacitación en diversidad, equidad e inclusión.',
  'renewal.training-dei.missing.one': 'Falta {missing} hora de capacitación en diversidad, equidad e inclusión (de {need}).',
  'renewal.training-rsc-provision.met.one': '{have} hora de capacitación sobre cómo brindar supervisión reflexiva.',
  'renewal.training-rsc-provision.missing.one':
    'Falta {missing} hora de capacitación sobre cómo brindar supervisión reflexiva, ya que usted la brinda (de {need}).',
  'renewal.rsc-hours.met.one': '{have} hora de supervisión/consulta reflexiva recibida desde el {since}.',
  'renewal.rsc-hours.missing.one': 'Falta {missing} hora de supervisión/consulta reflexiva recibida desde el {since} (de {need}).',
  'renewal.membership.met': 'Membresía vigente hasta el {date}.',
  'renewal.membership.missing': 'Indique su membresía y su fecha de vencimiento; debe estar vigente.',
  'renewal.attestation-code-of-ethics.met': 'Código de Ética firmado.',
  'renewal.attestation-code-of-ethics.missing': 'Firme de nuevo el Código de Ética.',
  'renewal.attestation-no-sanction.met': 'Declarado: ninguna junta de licencias le ha sancionado.',
  'renewal.attestation-no-sanction.missing': 'Declare que ninguna junta de licencias le ha sancionado.',
};
