function Menu(props: { target: string; extra: object }) {
  // ruleid: ts-jsx-link-target
  const link = <a href={props.target} />;
  // ok: ts-jsx-link-target
  const label = <a title={props.target} />;
  // ruleid: ts-jsx-spread-props
  const all = <Item {...props.extra} />;
  // ok: ts-jsx-spread-props
  const some = <Item name={props.target} />;
  return [link, label, all, some];
}
