package org.medopt.app.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** A missing record on a page gets a plain "not found" page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(RecordNotFoundException ex) {
        ModelAndView page = new ModelAndView("error/404");
        page.addObject("message", ex.getMessage());
        return page;
    }
}
