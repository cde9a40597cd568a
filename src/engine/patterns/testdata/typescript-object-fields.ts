const options = {
  user: 'admin',
  // ruleid: literal-password-field
  password: 'hunter2',
};

const fromEnv = {
  // ok: literal-password-field
  password: process.env.PASSWORD,
};

class Account {
  // ok: literal-password-field
  password: string = '';
}
