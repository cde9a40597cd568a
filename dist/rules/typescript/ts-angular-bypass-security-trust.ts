import { Component, Input, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Component({ selector: 'app-profile', template: '<div [innerHTML]="bio"></div><iframe [src]="site"></iframe>' })
export class ProfileComponent {
  @Input() set profile(value: { bioHtml: string; website: string }) {
    // ruleid: ts-angular-bypass-security-trust
    this.bio = this.sanitizer.bypassSecurityTrustHtml(value.bioHtml);
    // ruleid: ts-angular-bypass-security-trust
    this.site = this.sanitizer.bypassSecurityTrustResourceUrl(`https://embed.example.com/${value.website}`);
    // ok: ts-angular-bypass-security-trust
    this.safeBio = this.sanitizer.sanitize(SecurityContext.HTML, value.bioHtml);
  }

  bio: SafeHtml = '';
  site: SafeResourceUrl = '';
  safeBio: string | null = null;
  // ok: ts-angular-bypass-security-trust
  readonly logo: SafeHtml = this.sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 10 10"></svg>');

  constructor(private readonly sanitizer: DomSanitizer) {}
}
