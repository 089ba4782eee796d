/**
 * HTTP deliveries on Apache HttpClient: connections go only to addresses the target policy checked
 * when the connection was made, redirects are not followed, and each attempt has a connect timeout
 * and a whole-attempt deadline.
 */
package io.shiftleft.notifier.delivery.adapter.out.http;
