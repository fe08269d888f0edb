package org.medopt.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.medopt.app.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the code from the authenticator app, or, the first time for staff, setting the
 * app up. Wrong codes count towards the lockout like wrong passwords, and every attempt is audited.
 */
@Controller
class SecondFactorController {

    private final TwoFactorService twoFactor;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final SessionRegistry sessions;

    SecondFactorController(TwoFactorService twoFactor, AccountService accounts, ApplicationEventPublisher events,
            SessionRegistry sessions) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.events = events;
        this.sessions = sessions;
    }

    @GetMapping("/signin/code")
    String codeForm() {
        return "account/code";
    }

    @PostMapping("/signin/code")
    String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        SecondFactorPending pending = pending();
        if (twoFactor.acceptCode(pending.getName(), code)) {
            return complete(pending, request, response);
        }
        return refused(pending, request, model);
    }

    @GetMapping("/signin/enroll")
    String enrollForm(HttpSession session, Model model) {
        return showEnrollment(session, model);
    }

    @PostMapping("/signin/enroll")
    String enroll(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SecondFactorPending pending = pending();
        HttpSession session = request.getSession();
        try {
            twoFactor.enroll(pending.getName(), NewAuthenticatorKey.of(session, twoFactor::newSecret), code);
        } catch (InvalidInputException wrongCode) {
            model.addAttribute("problem", wrongCode.getMessage());
            return showEnrollment(session, model);
        }
        NewAuthenticatorKey.forget(session);
        return complete(pending, request, response);
    }

    private String showEnrollment(HttpSession session, Model model) {
        String secret = NewAuthenticatorKey.of(session, twoFactor::newSecret);
        model.addAttribute("secret", secret);
        model.addAttribute("qrCode", twoFactor.qrCode(pending().getName(), secret));
        return "account/enroll";
    }

    private String complete(SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn = pending.passwordVerified();
        // A new session id for the raised privilege; the registry must know it, or disabling could not end it.
        String before = request.getSession().getId();
        String after = request.changeSessionId();
        sessions.removeSessionInformation(before);
        sessions.registerNewSession(after, signedIn.getPrincipal());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        SecondFactorGate.SESSIONS.saveContext(context, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        return "redirect:/";
    }

    private String refused(SecondFactorPending pending, HttpServletRequest request, Model model) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(pending,
                new BadCredentialsException("wrong one-time code")));
        if (accounts.locked(pending.getName())) {
            request.getSession().invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/signin?error";
        }
        model.addAttribute("problem", "That code is not right, or was used already. Try the newest code from your app.");
        return "account/code";
    }

    private static SecondFactorPending pending() {
        return (SecondFactorPending) SecurityContextHolder.getContext().getAuthentication();
    }
}
