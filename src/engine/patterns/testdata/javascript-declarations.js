// ok: assignment-needs-value
let declared;
// ruleid: assignment-needs-value
let defined = 1;
// ruleid: assignment-needs-value
declared = 2;
