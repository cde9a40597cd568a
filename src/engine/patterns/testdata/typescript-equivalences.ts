class Service {
  // ruleid: ts-field-as-assignment
  key = loadSecret();
  // ok: ts-field-as-assignment
  other = loadPublic();
}

// ruleid: ts-casts
a = value as any;
// ruleid: ts-casts
b = <any>value;
// ok: ts-casts
c = value as string;

// ruleid: ts-cast-ignored-in-binding
function identity(x: unknown) {
  return <string>x;
}
// ok: ts-cast-ignored-in-binding
function other(x: unknown) {
  return y;
}

const client = new HttpClient();
const cache = new Cache();
// ruleid: ts-inferred-class-type
client.get('/a');
// ok: ts-inferred-class-type
cache.get('/a');

class Controller {
  // ruleid: ts-decorated-parameter
  create(@Body() dto: Dto, user: User) {}
  // ok: ts-decorated-parameter
  read(@Param() id: string) {}
}

// ruleid: ts-default-parameter
function start({ debug } = { debug: false }) {}
// ok: ts-default-parameter
function stop({ force } = { force: true }) {}

// ruleid: ts-typed-return
function greet() {
  if (formal) return 'Good day';
  else return 'Hi';
}
// ok: ts-typed-return
function count() {
  if (many) return 2;
  else return 1;
}

// ruleid: ts-anonymous-function
export const handler = ({ params }: Request, res: Response) => {};
// ok: ts-anonymous-function
export const other2 = ({ query }: Request, res: Response) => {};

// ruleid: ts-decorated-export
@Module({ providers: [] })
export class AppModule {}

// ok: ts-decorated-export
@Injectable()
export class AppService {}

// ok: ts-decorated-export
export class Plain {}
