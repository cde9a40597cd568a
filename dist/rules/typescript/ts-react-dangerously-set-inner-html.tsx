import DOMPurify from 'dompurify';

interface Comment {
  author: string;
  bodyHtml: string;
}

export function CommentBody({ comment }: { comment: Comment }) {
  // ruleid: ts-react-dangerously-set-inner-html
  return <div className="comment" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />;
}

export function Preview({ markdownHtml }: { markdownHtml: string }) {
  return (
    <section>
      {/* ruleid: ts-react-dangerously-set-inner-html */}
      <article dangerouslySetInnerHTML={{ __html: `<h2>Preview</h2>${markdownHtml}` }} />
    </section>
  );
}

export function SafeCommentBody({ comment }: { comment: Comment }) {
  // ok: ts-react-dangerously-set-inner-html
  return <div className="comment" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.bodyHtml) }} />;
}

export function Divider() {
  // ok: ts-react-dangerously-set-inner-html
  return <div dangerouslySetInnerHTML={{ __html: '<hr class="divider" />' }} />;
}

export function Author({ comment }: { comment: Comment }) {
  // ok: ts-react-dangerously-set-inner-html
  return <span className="author">{comment.author}</span>;
}
