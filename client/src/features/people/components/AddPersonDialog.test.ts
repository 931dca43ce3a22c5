import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import { CombinedError } from '@urql/core';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { fromValue } from 'wonka';
import { currentViewer } from '@/shared/viewer';
import { fakeClient, mountWithApp, signInAs } from '@/test/helpers';
import AddPersonDialog from './AddPersonDialog.vue';

type Operation = { query: DocumentNode; variables: Record<string, any> };
const nameOf = (op: Operation) => (op.query.definitions[0] as OperationDefinitionNode).name?.value;
const answer = (data: unknown) => fromValue({ stale: false, hasNext: false, data });
const failure = (message: string, extensions: Record<string, unknown>) =>
  fromValue({ stale: false, hasNext: false, error: new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }) });

const OFFICE = { id: 'loc-1', name: 'Lakeside Office' };
const FORM = {
  orgChart: {
    nodes: [
      {
        id: 'seat-owner',
        position: { id: 'seat-owner', title: 'Physician Owner', category: 'PHYSICIAN', location: OFFICE },
        employee: { id: 'emp-owner', fullName: 'Hannah Brooks', category: 'PHYSICIAN' },
      },
      {
        id: 'seat-ma',
        position: { id: 'seat-ma', title: 'Medical Assistant', category: 'CLINICAL_STAFF', location: OFFICE },
        employee: { id: 'emp-ma', fullName: 'Jorge Salinas', category: 'CLINICAL_STAFF' },
      },
      {
        id: 'seat-open',
        position: { id: 'seat-open', title: 'Nurse', category: 'CLINICAL_STAFF', location: OFFICE },
        employee: null,
      },
    ],
  },
  locations: [OFFICE],
};

function mountDialog(mutation: (op: Operation) => unknown) {
  const viewer = signInAs('PHYSICIAN_OWNER', [
    'ORG_CHART_READ',
    'PEOPLE_EDIT_OFFICE_STAFF',
    'PEOPLE_EDIT_NON_PROVIDER_STAFF',
    'PEOPLE_EDIT_PROVIDERS',
  ]);
  currentViewer.value = { ...viewer, employeeId: 'emp-owner' };
  const executeQuery = vi.fn((op: Operation) => answer(nameOf(op) === 'AddPersonForm' ? FORM : {}));
  const executeMutation = vi.fn(mutation);
  const wrapper = mountWithApp(AddPersonDialog, { props: { visible: true }, client: fakeClient({ executeQuery, executeMutation }) });
  const dialog = () => document.body.querySelector('[data-testid="add-person-dialog"]') as HTMLElement;
  const type = async (id: string, value: string) => {
    const input = dialog().querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await flushPromises();
  };
  const submit = async () => {
    dialog().querySelector('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
  };
  return { wrapper, executeMutation, dialog, type, submit };
}

afterEach(() => {
  document.body.innerHTML = '';
  currentViewer.value = null;
});

describe('AddPersonDialog', () => {
  it('sends the person and the new seat, reporting to the viewer’s own seat, in one call', async () => {
    const { executeMutation, dialog, type, submit, wrapper } = mountDialog(() =>
      answer({
        hireEmployee: { __typename: 'Employee', id: 'emp-new', fullName: 'Priya Nair', category: 'ADMINISTRATIVE_STAFF', position: null },
      }),
    );
    await flushPromises();
    expect(dialog().querySelector('#ap-reports')!.textContent).toContain('Dr Hannah Brooks — Physician Owner');
    await type('ap-first', 'Priya');
    await type('ap-last', 'Nair');
    await type('ap-email', 'priya@lakeside.example');
    await type('ap-title', 'Front Desk');
    await submit();

    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [op, context] = executeMutation.mock.calls[0]! as unknown as [Operation, { additionalTypenames?: string[] }];
    expect(op.variables.input).toEqual({
      firstName: 'Priya',
      lastName: 'Nair',
      workEmail: 'priya@lakeside.example',
      category: 'ADMINISTRATIVE_STAFF',
      employmentType: 'FULL_TIME',
      fte: 1,
      hireDate: currentViewer.value!.today,
      newPosition: { title: 'Front Desk', reportsToId: 'seat-owner', locationId: 'loc-1' },
    });
    expect(context.additionalTypenames).toContain('Headcount');
    expect(wrapper.emitted('added')).toEqual([['emp-new']]);
  });

  it('shows a refused reporting line under Reports to, and a duplicate email under Work email', async () => {
    let reply = failure('No such position in this organization.', { code: 'VALIDATION_FAILED', field: 'input.newPosition.reportsToId' });
    const { dialog, type, submit, wrapper } = mountDialog(() => reply);
    await flushPromises();
    await type('ap-first', 'Pat');
    await type('ap-last', 'Nair');
    await type('ap-email', 'priya@lakeside.example');
    await type('ap-title', 'Scheduler');
    await submit();
    expect(dialog().querySelector('[data-testid="error-reportsTo"]')!.textContent).toContain('No such position in this organization.');
    expect(dialog().querySelector('[data-testid="form-error"]')).toBeNull();

    reply = failure('Another employee already has this work email.', { code: 'VALIDATION_FAILED', field: 'input.workEmail' });
    await submit();
    expect(dialog().querySelector('[data-testid="error-workEmail"]')!.textContent).toContain(
      'Another employee already has this work email.',
    );
    expect(dialog().querySelector('[data-testid="error-reportsTo"]')).toBeNull();
    expect(dialog().querySelector('#ap-email')!.getAttribute('aria-invalid')).toBe('true');
    expect(wrapper.emitted('added')).toBeUndefined();
  });
});
