// ruleid: cache-disabled-handler
@Route('/a')
export class NoStore {
  @SetHeader('Cache-Control', 'no-store')
  list(): string[] {
    return [];
  }
}

// ok: cache-disabled-handler
@Route('/b')
export class Cached {
  @SetHeader('Cache-Control', 'max-age=60')
  list(): string[] {
    return [];
  }
}

// ruleid: cache-disabled-handler
export class Plain {
  @SetHeader('Cache-Control', 'no-store')
  list(): string[] {
    return [];
  }
}
