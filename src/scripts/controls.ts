/**
 * A figure's controls in the browser: the contract the server wrote (data-controls, the chart's
 * controls from its registry entry) and the inputs that carry their values (data-state-key, see
 * src/components/FigureControls.astro). The values are read with the one parser of
 * src/charts/state.ts, like an embed's address.
 */
import { queryState, readState, type Control, type Reader } from '../charts/state.ts';

/** The controls the server declared for this figure. */
export function controlsOf(figure: HTMLElement): Control[] {
  const list: Control[] = JSON.parse(figure.dataset.controls || '[]');
  return list;
}

const inputsFor = (root: Element, key: string) => [...root.querySelectorAll<HTMLInputElement>(`input[data-state-key="${CSS.escape(key)}"]`)];

/** What the inputs hold: a radio group its checked value, check boxes the list of checked values, a slider its value. */
export const inputReader =
  (root: Element): Reader =>
  (key) => {
    const inputs = inputsFor(root, key);
    if (inputs[0]?.type === 'checkbox') return inputs.filter((i) => i.checked).map((i) => i.value);
    if (inputs[0]?.type === 'radio') return inputs.find((i) => i.checked)?.value;
    return inputs[0]?.value;
  };

/** The state the figure's controls show. */
export const controlState = (figure: HTMLElement) => readState(controlsOf(figure), inputReader(figure));

/** Set the inputs (and a slider's printed value) to a state, e.g. one asked for in an embed's address. */
export function showState(root: Element, state: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(state)) {
    for (const input of inputsFor(root, key)) {
      if (input.type === 'range') input.value = String(value);
      else input.checked = Array.isArray(value) ? value.includes(input.value) : input.value === value;
    }
    const output = root.querySelector(`output[data-state-output="${CSS.escape(key)}"]`);
    if (output) output.textContent = String(value);
  }
}

/** The state an embed's address asks for (the one parser, `queryState`), shown on the figure's controls. */
export function addressState(figure: HTMLElement, params: URLSearchParams): Record<string, string | number | string[]> {
  const state = queryState(controlsOf(figure), params);
  showState(figure, state);
  return state;
}
