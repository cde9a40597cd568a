<?php
class AccountController
{
    function update(Request $request, $fallback)
    {
        // ruleid: php-request-in-ignore
        Rule::unique('accounts')->ignore($request->input('id'));
        // ruleid: php-request-in-ignore
        Rule::unique('accounts')->ignore($request->account_id);
        // ok: php-request-in-ignore
        Rule::unique('accounts')->ignore($fallback->input('id'));
        // ok: php-request-in-ignore
        Rule::unique('accounts')->ignore($fallback, $request->input('column'));
    }
}
