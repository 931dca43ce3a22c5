import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { CombinedError } from '@urql/core';
import { fromValue } from 'wonka';
import { fakeClient, mountWithApp } from '@/test/helpers';
import PersonEditForm from './PersonEditForm.vue';

const NORA = {
  id: 'emp-1',
  version: 3,
  firstName: 'Nora',
  lastName: 'Fitzgerald',
  workEmail: 'nora@riverside.example',
  employmentType: 'FULL_TIME',
  fte: 1,
};

type SentOperation = { variables: { input: Record<string, unknown> } };

function answering(result: Record<string, unknown>) {
  return vi.fn((_operation: SentOperation) => fromValue({ stale: false, hasNext: false, ...result }));
}

function failingWith(extensions: Record<string, unknown>, message: string) {
  return answering({ error: new CombinedError({ graphQLErrors: [{ message, extensions }] }) });
}

function mountForm(executeMutation: ReturnType<typeof vi.fn>) {
  const client = fakeClient({ executeMutation });
  return mountWithApp(PersonEditForm, { client, props: { employee: NORA as never, canReadDetails: true } });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PersonEditForm', () => {
  it('shows a VALIDATION_FAILED message under the field the server names', async () => {
    const executeMutation = failingWith(
      { code: 'VALIDATION_FAILED', field: 'input.workEmail' },
      'Enter an email address like name@practice.com.',
    );
    const wrapper = mountForm(executeMutation);
    await wrapper.find('#workEmail').setValue('not-an-email');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const request = executeMutation.mock.calls[0]![0];
    expect(request.variables.input).toMatchObject({ employeeId: 'emp-1', expectedVersion: 3, workEmail: 'not-an-email' });
    const field = wrapper.find('[data-field="workEmail"]');
    expect(field.find('.field-error').text()).toBe('Enter an email address like name@practice.com.');
    expect(field.find('input').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('[data-field="firstName"] .field-error').exists()).toBe(false);
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(false);
  });

  it('shows the CONFLICT banner with the other person’s values and takes them on request', async () => {
    const current = { ...NORA, version: 4, lastName: 'Fitzgerald-Hale' };
    const executeMutation = failingWith({ code: 'CONFLICT', current }, 'Someone else saved this person.');
    const wrapper = mountForm(executeMutation);
    await wrapper.find('#firstName').setValue('Eleanor');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    const banner = wrapper.find('[data-testid="conflict-banner"]');
    expect(banner.exists()).toBe(true);
    expect(banner.find('[data-conflict-field="lastName"]').text()).toBe('Fitzgerald-Hale');
    expect(banner.find('[data-conflict-field="firstName"]').text()).toBe('Nora');

    await banner.find('[data-testid="take-theirs"]').trigger('click');
    expect(wrapper.find('[data-testid="conflict-banner"]').exists()).toBe(false);
    expect((wrapper.find('#lastName').element as HTMLInputElement).value).toBe('Fitzgerald-Hale');
    expect((wrapper.find('#firstName').element as HTMLInputElement).value).toBe('Nora');

    // Saving again now names the version the other person wrote.
    await wrapper.find('#firstName').setValue('Eleanor');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const retry = executeMutation.mock.calls[1]![0];
    expect(retry.variables.input.expectedVersion).toBe(4);
  });

  it('says so when the role may not edit, instead of failing silently', async () => {
    const wrapper = mountForm(failingWith({ code: 'FORBIDDEN' }, 'Your role does not allow this.'));
    await wrapper.find('#lastName').setValue('Stone');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-testid="form-error"]').text()).toContain('Your role does not allow editing this person.');
  });

  it('hides the HR fields from a viewer who may not read them and does not send them', async () => {
    const executeMutation = answering({ data: { updateEmployee: { ...NORA, fullName: 'Nora Stone', version: 4 } } });
    const client = fakeClient({ executeMutation });
    const wrapper = mountWithApp(PersonEditForm, { client, props: { employee: NORA as never, canReadDetails: false } });
    expect(wrapper.find('#fte').exists()).toBe(false);
    await wrapper.find('#lastName').setValue('Stone');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const request = executeMutation.mock.calls[0]![0];
    expect(request.variables.input).not.toHaveProperty('fte');
    expect(request.variables.input).not.toHaveProperty('employmentType');
  });
});
