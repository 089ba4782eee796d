/** Email deliveries through Spring Boot's JavaMailSender ({@code spring.mail.*}). */
package io.shiftleft.notifier.delivery.adapter.out.mail;
