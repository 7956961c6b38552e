import { noChange, type PropertyPart } from 'lit';
import { Directive, directive, PartType, type DirectiveParameters, type PartInfo } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

/**
 * Like `live()`, for an input whose text is read into another value (a number): the text the
 * person typed is left alone as long as it still says the stored value ("1,200" for 1200, "12,"
 * while typing 12,5), and replaced by `shown` only when the value changed from elsewhere (a
 * reload, Undo, another entry in its place).
 * @example <input .value=${typedValue(shown, (typed) => parse(typed) === stored)} />
 */
class TypedValueDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY) throw new Error('`typedValue` is for a property binding, like .value');
  }

  render(shown: string, _says: (typed: string) => boolean): string {
    return shown;
  }

  override update(part: PropertyPart, [shown, says]: DirectiveParameters<this>): unknown {
    const current = (part.element as unknown as Record<string, unknown>)[part.name];
    if (typeof current === 'string' && says(current)) return noChange;
    // Reset Lit's dirty check so the text is written even if it equals what was last rendered.
    setCommittedValue(part);
    return shown;
  }
}

export const typedValue = directive(TypedValueDirective);
