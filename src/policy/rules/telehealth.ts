// Telehealth (DOMAIN.md §5): the telehealth places of service (02 away from home, 10 at home),
// the modifiers a payer wants (95, GT, or none since Medicare's 2024 change), audio-only coverage
// and its modifiers (93, FQ), and audio-only only for a patient at home where a payer says so.

import type { Evaluation } from '../evaluation.ts';

function firstOf(modifiers: readonly string[], wanted: readonly string[]): string | null {
  for (const modifier of modifiers) {
    if (wanted.includes(modifier)) {
      return modifier;
    }
  }
  return null;
}

export function telehealth(e: Evaluation): void {
  const rules = e.plan.settings.telehealth;
  const telehealthModifiers = rules.requiredModifier === null ? [] : [rules.requiredModifier, ...rules.acceptedModifiers];
  for (const line of e.snapshot.lines) {
    const { placeOfService, modifiers, lineNumber } = line;
    const date = line.serviceDate;
    const telehealthPlace = placeOfService !== null && rules.placesOfService.includes(placeOfService);
    if (line.telehealth === 'NONE') {
      if (telehealthPlace) {
        e.report('TELEHEALTH_POS_WITHOUT_MODALITY', lineNumber, { placeOfService });
      }
      continue;
    }
    if (!rules.covered) {
      e.report('TELEHEALTH_NOT_COVERED', lineNumber, { code: line.procedureCode, date });
      continue;
    }
    const audioOnly = line.telehealth === 'AUDIO_ONLY';
    if (audioOnly && !rules.audioOnly.covered) {
      e.report('AUDIO_ONLY_NOT_COVERED', lineNumber, { date });
      continue;
    }
    const audioModifier = audioOnly ? firstOf(modifiers, rules.audioOnly.modifiers) : null;
    const telehealthModifier = firstOf(modifiers, telehealthModifiers);
    if (placeOfService !== null && !telehealthPlace) {
      const inPersonAllowed = rules.acceptInPersonPlaceOfService && telehealthModifier !== null;
      if (!inPersonAllowed) {
        e.report(
          'TELEHEALTH_POS_REQUIRED',
          lineNumber,
          { expected: rules.placesOfService.join(' or '), placeOfService },
          {
            kind: 'CHANGE_PLACE_OF_SERVICE',
            from: placeOfService,
            to: rules.homePlaceOfService,
            alternatives: rules.placesOfService,
          },
        );
      }
    } else if (
      audioOnly &&
      rules.audioOnly.requirePatientHome &&
      placeOfService !== null &&
      placeOfService !== rules.homePlaceOfService
    ) {
      e.report(
        'AUDIO_ONLY_PATIENT_NOT_HOME',
        lineNumber,
        { home: rules.homePlaceOfService, placeOfService },
        { kind: 'CHANGE_PLACE_OF_SERVICE', from: placeOfService, to: rules.homePlaceOfService, alternatives: [] },
      );
    }
    if (audioOnly && rules.audioOnly.modifiers.length > 0 && audioModifier === null) {
      const [first = '', ...alternatives] = rules.audioOnly.modifiers;
      e.report(
        'AUDIO_ONLY_MODIFIER_MISSING',
        lineNumber,
        { modifiers: rules.audioOnly.modifiers.join(' or ') },
        { kind: 'ADD_MODIFIER', modifier: first, alternatives },
      );
    }
    // An audio-only modifier marks the line as telehealth too.
    if (rules.requiredModifier !== null && telehealthModifier === null && audioModifier === null) {
      e.report(
        'TELEHEALTH_MODIFIER_MISSING',
        lineNumber,
        { modifier: telehealthModifiers.join(' or ') },
        { kind: 'ADD_MODIFIER', modifier: rules.requiredModifier, alternatives: rules.acceptedModifiers },
      );
    }
    for (const modifier of rules.unneededModifiers) {
      if (modifiers.includes(modifier)) {
        e.report('TELEHEALTH_MODIFIER_NOT_NEEDED', lineNumber, { modifier, date }, { kind: 'REMOVE_MODIFIER', modifier });
      }
    }
  }
}
