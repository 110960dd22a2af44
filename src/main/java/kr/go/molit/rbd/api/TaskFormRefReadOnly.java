package kr.go.molit.rbd.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Camunda's task as the engine APIs read it from a request: its form reference is left out, as
 * updating a task cannot change it anyway; answers still carry it.
 *
 * <p>Camunda 7.24 tries to build the reference, an interface, from the body of {@code PUT
 * /task/{id}}, which Tasklist sends whole when an official sets a task's due or follow-up date. For
 * every task with a Camunda Form (all of ours) that failed: 400 with an empty message, and no date
 * could be set.
 */
@JsonIgnoreProperties(value = "camundaFormRef", allowGetters = true)
abstract class TaskFormRefReadOnly {}
