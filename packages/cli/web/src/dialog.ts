/**
 * Questions to the user in the page's own <dialog> (Norwegian buttons, focus kept inside, Esc
 * cancels), instead of the browser's confirm() with its English buttons.
 */

export interface Choice<T> { label: string; value: T; primary?: boolean }

const element = () => document.getElementById('dialog') as HTMLDialogElement;

/** Shows the dialog; resolves with the value of the chosen button, or undefined for Esc/«Avbryt». */
export function ask<T>(title: string, message: string, choices: Array<Choice<T>>, extra?: HTMLElement): Promise<T | undefined> {
    const dialog = element();
    document.getElementById('dialog-title')!.textContent = title;
    document.getElementById('dialog-message')!.textContent = message;
    const extraBox = document.getElementById('dialog-extra')!;
    extraBox.replaceChildren(...(extra ? [extra] : []));
    const buttons = document.getElementById('dialog-buttons')!;
    buttons.replaceChildren();
    const values = new Map<string, T>();
    choices.forEach((choice, i) => {
        const button = document.createElement('button');
        button.type = 'submit';
        button.value = String(i);
        button.textContent = choice.label;
        if (choice.primary) button.classList.add('primary');
        values.set(String(i), choice.value);
        buttons.append(button);
    });
    const cancel = document.createElement('button');
    cancel.type = 'submit';
    cancel.value = 'cancel';
    cancel.textContent = 'Avbryt';
    buttons.append(cancel);
    return new Promise((resolve) => {
        dialog.returnValue = 'cancel';
        dialog.addEventListener('close', () => resolve(values.get(dialog.returnValue)), { once: true });
        dialog.showModal();
        (extraBox.querySelector<HTMLElement>('input, select') ?? buttons.querySelector<HTMLElement>('.primary') ?? cancel).focus();
    });
}

/** A message with one «OK» button. */
export async function tell(title: string, message: string): Promise<void> {
    const dialog = element();
    document.getElementById('dialog-title')!.textContent = title;
    document.getElementById('dialog-message')!.textContent = message;
    document.getElementById('dialog-extra')!.replaceChildren();
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.value = 'ok';
    ok.textContent = 'OK';
    ok.classList.add('primary');
    document.getElementById('dialog-buttons')!.replaceChildren(ok);
    await new Promise<void>((resolve) => {
        dialog.addEventListener('close', () => resolve(), { once: true });
        dialog.showModal();
        ok.focus();
    });
}
